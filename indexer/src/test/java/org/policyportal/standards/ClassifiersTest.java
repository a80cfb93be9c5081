package org.policyportal.standards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifiersTest {

    private static final StandardsDetector DET = new StandardsDetector(StandardsRegistry.loadDefault());
    private final SecurityClassifier sec = new SecurityClassifier();
    private final DigitalFocus dig = new DigitalFocus();

    @ParameterizedTest
    @ValueSource(strings = {
            "The contractor shall report every security incident to the agency.",
            "Cybersecurity requirements are listed in annex C.",
            "All stored data must be encrypted.",
            "Known vulnerabilities shall be fixed within 30 days.",
            "Administrators must use multi-factor authentication.",
            "De opdrachtnemer draagt zorg voor informatiebeveiliging.",
            "Kwetsbaarheden worden binnen een week verholpen.",
            "Der Auftragnehmer gewährleistet die Informationssicherheit.",
            "Die Daten werden verschlüsselt übertragen.",
            "Le titulaire garantit la sécurité des systèmes d'information.",
            "Les données sont chiffrées au repos.",
            "El adjudicatario garantizará la seguridad de la información.",
            "Se notificará cualquier incidente en 24 horas.",
            "Remote access requires MFA."
    })
    void securityKeywords(String text) {
        assertThat(sec.isSecurityProvision(text, List.of())).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The employer pays social security contributions.",
            "A bid security of 2% must accompany the tender.",
            "A performance security is due at signature.",
            "Die Sicherheitsleistung beträgt fünf Prozent.",
            "Le titulaire respecte les règles d'hygiène et de sécurité.",
            "La empresa está al corriente con la seguridad social.",
            "El contratista cumple la normativa de seguridad y salud.",
            "Delivery is due within thirty days.",
            "Incidental costs are borne by the supplier.",
            "Invest in government securities only."
    })
    void notSecurity(String text) {
        assertThat(sec.isSecurityProvision(text, List.of())).as(text).isFalse();
    }

    @Test
    void mentionsMakeSecurityProvision() {
        String t = "Mail domains publish DMARC records.";
        assertThat(sec.isSecurityProvision(t, DET.detect(t))).isTrue();
        String v6 = "Network equipment supports IPv6.";
        assertThat(sec.isSecurityProvision(v6, DET.detect(v6))).isFalse();
        assertThat(sec.isSecurityProvision(null, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The supplier hosts the website in the cloud.",
            "All e-mail is archived for seven years.",
            "The ICT department manages the network.",
            "Software updates are delivered online.",
            "De gemeente digitaliseert haar dienstverlening.",
            "Die Daten werden im Rechenzentrum gespeichert.",
            "Le logiciel est hébergé sur un réseau sécurisé.",
            "El portal estará disponible en línea.",
            "Los sistemas de información de la entidad se actualizan."
    })
    void digital(String text) {
        assertThat(dig.isDigital(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Office chairs shall be ergonomic.",
            "Delivery is due within thirty days.",
            "De kantine is open van acht tot vijf.",
            "Die Lieferung erfolgt frei Haus.",
            "Le mobilier est livré en juin.",
            "La entrega se realiza en julio.",
            ""
    })
    void notDigital(String text) {
        assertThat(dig.isDigital(text)).as(text).isFalse();
    }

    /**
     * The prefiltered search gives what one plain {@code find()} over the whole keyword alternation gave: exclusions
     * masked first, lower-case "mfa" skipped.
     */
    @Test
    void keywordSearchEqualsPlainRegexSearch() {
        List<PrefilteredPattern> p = SecurityClassifier.patterns();
        Pattern exclude = p.get(0).pattern();
        Pattern keywords = Pattern.compile(PrefilteredPattern.NOT_AFTER_LETTER + "(?:" + alternatives(p.get(1).pattern())
                + "|" + alternatives(p.get(2).pattern()) + ")(?![\\p{L}])", p.get(2).pattern().flags());
        for (String text : PrefilteredPatternTest.randomTexts(3, 30_000)) {
            assertThat(SecurityClassifier.keywordOutsideExclusions(text, Stems.lower(text)))
                    .as(text).isEqualTo(plainSearch(exclude, keywords, text));
        }
    }

    private static String alternatives(Pattern keywords) {
        String s = keywords.pattern();
        String head = PrefilteredPattern.NOT_AFTER_LETTER + "(?:";
        String tail = ")(?![\\p{L}])";
        assertThat(s).startsWith(head).endsWith(tail);
        return s.substring(head.length(), s.length() - tail.length());
    }

    private static boolean plainSearch(Pattern exclude, Pattern keywords, String text) {
        StringBuilder masked = new StringBuilder(text);
        Matcher ex = exclude.matcher(text);
        while (ex.find()) {
            for (int i = ex.start(); i < ex.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        Matcher m = keywords.matcher(masked);
        while (m.find()) {
            if (!m.group().equalsIgnoreCase("mfa") || m.group().equals("MFA")) {
                return true;
            }
        }
        return false;
    }
}
