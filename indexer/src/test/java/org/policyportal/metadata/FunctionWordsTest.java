package org.policyportal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Clear prose in the five analysed languages is told by its function words; anything doubtful is left open. */
class FunctionWordsTest {

    static final String ENGLISH = "The supplier shall ensure that all systems which are delivered under this contract"
            + " support the current version of the protocol. Where a system is not able to meet the requirement, the"
            + " supplier shall state this in the offer and describe the measures that will be taken to reach it within"
            + " a period of one year from the date of the award.";
    static final String DUTCH = "De leverancier zorgt ervoor dat alle systemen die onder deze overeenkomst worden"
            + " geleverd de actuele versie van het protocol ondersteunen. Wanneer een systeem niet aan de eis kan"
            + " voldoen, vermeldt de leverancier dit in de offerte en beschrijft hij welke maatregelen worden genomen"
            + " om binnen een jaar na de gunning aan de eis te voldoen. Dat geldt ook voor de diensten die door"
            + " onderaannemers worden geleverd.";
    static final String GERMAN = "Der Auftragnehmer stellt sicher, dass alle Systeme, die im Rahmen dieses Vertrags"
            + " geliefert werden, die aktuelle Version des Protokolls unterstützen. Wenn ein System die Anforderung"
            + " nicht erfüllen kann, gibt der Auftragnehmer dies im Angebot an und beschreibt die Maßnahmen, mit denen"
            + " die Anforderung innerhalb eines Jahres nach dem Zuschlag erfüllt wird. Das gilt auch für die Dienste"
            + " von Unterauftragnehmern.";
    static final String FRENCH = "Le fournisseur veille à ce que tous les systèmes livrés dans le cadre du présent"
            + " marché prennent en charge la version actuelle du protocole. Lorsqu'un système ne peut pas satisfaire"
            + " à cette exigence, le fournisseur le précise dans son offre et décrit les mesures qui seront prises pour"
            + " y parvenir dans un délai d'un an à compter de la date d'attribution du marché par le pouvoir"
            + " adjudicateur.";
    static final String SPANISH = "El proveedor garantizará que todos los sistemas entregados en el marco de este"
            + " contrato sean compatibles con la versión actual del protocolo. Cuando un sistema no pueda cumplir el"
            + " requisito, el proveedor lo indicará en su oferta y describirá las medidas que adoptará para cumplirlo"
            + " en el plazo de un año desde la fecha de adjudicación, así como los servicios y las personas"
            + " responsables de su ejecución.";
    static final String AFRIKAANS = "Die verskaffer moet verseker dat alle stelsels wat kragtens hierdie kontrak"
            + " gelewer word die huidige weergawe van die protokol ondersteun. Waar 'n stelsel nie aan die vereiste kan"
            + " voldoen nie, moet die verskaffer dit in die aanbod vermeld en die maatreëls beskryf wat getref sal word"
            + " om binne een jaar na die toekenning aan die vereiste te voldoen. Dit geld ook vir dienste deur"
            + " subkontrakteurs gelewer.";
    static final String PORTUGUESE = "O fornecedor deve garantir que todos os sistemas entregues no âmbito do"
            + " presente contrato suportam a versão atual do protocolo. Quando um sistema não puder cumprir o"
            + " requisito, o fornecedor deve indicá-lo na sua proposta e descrever as medidas que serão tomadas para"
            + " o cumprir no prazo de um ano a contar da data da adjudicação, bem como os serviços dos"
            + " subcontratantes.";
    static final String CATALAN = "El proveïdor ha de garantir que tots els sistemes lliurats en el marc d'aquest"
            + " contracte són compatibles amb la versió actual del protocol. Quan un sistema no pugui complir el"
            + " requisit, el proveïdor ho ha d'indicar en la seva oferta i descriure les mesures que prendrà per"
            + " complir-lo en el termini d'un any des de la data de l'adjudicació, i també els serveis dels"
            + " subcontractistes.";
    static final String ESTONIAN = "Tarnija tagab, et kõik selle lepingu alusel tarnitud süsteemid toetavad"
            + " protokolli kehtivat versiooni. Kui süsteem ei suuda nõuet täita, märgib tarnija selle oma pakkumuses"
            + " ja kirjeldab meetmeid, mida ta võtab, et nõue ühe aasta jooksul pärast lepingu sõlmimist täita. Sama"
            + " kehtib ka teenuste kohta, mida osutavad alltöövõtjad, ning see on lepingu osa ja seda ei muudeta.";

    @Test
    void clearProseInTheAnalysedLanguages() {
        assertThat(FunctionWords.clearLanguage(ENGLISH)).contains("en");
        assertThat(FunctionWords.clearLanguage(DUTCH)).contains("nl");
        assertThat(FunctionWords.clearLanguage(GERMAN)).contains("de");
        assertThat(FunctionWords.clearLanguage(FRENCH)).contains("fr");
        assertThat(FunctionWords.clearLanguage(SPANISH)).contains("es");
    }

    @Test
    void neighbouringLanguagesAreLeftToTheModel() {
        assertThat(FunctionWords.clearLanguage(AFRIKAANS)).isEmpty();
        assertThat(FunctionWords.clearLanguage(PORTUGUESE)).isEmpty();
        assertThat(FunctionWords.clearLanguage(CATALAN)).isEmpty();
        assertThat(FunctionWords.clearLanguage(ESTONIAN)).isEmpty();
    }

    @Test
    void shortOrMixedTextIsLeftToTheModel() {
        assertThat(FunctionWords.clearLanguage("The supplier shall support the current version of the protocol."))
                .isEmpty();
        assertThat(FunctionWords.clearLanguage(ENGLISH + " " + FRENCH)).isEmpty();
        assertThat(FunctionWords.clearLanguage("TLS 1.3 DNSSEC RPKI IPv6 ".repeat(20))).isEmpty();
    }
}
