package org.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    private final Analyzers analyzers = new Analyzers();

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void englishStemsSoInflectionsMatch() throws IOException {
        Analyzer en = analyzers.forLanguage("en");
        assertThat(tokens(en, "requirements")).isEqualTo(tokens(en, "requirement"));
    }

    @Test
    void eachLanguageMatchesItsInflections() throws IOException {
        assertThat(tokens(analyzers.forLanguage("nl"), "beveiligingseisen"))
                .isNotEqualTo(List.of("beveiligingseisen"));
        assertThat(tokens(analyzers.forLanguage("nl"), "leveranciers"))
                .isEqualTo(tokens(analyzers.forLanguage("nl"), "leverancier"));
        assertThat(tokens(analyzers.forLanguage("de"), "Anforderungen"))
                .isEqualTo(tokens(analyzers.forLanguage("de"), "Anforderung"));
        assertThat(tokens(analyzers.forLanguage("fr"), "sécurité"))
                .isEqualTo(tokens(analyzers.forLanguage("fr"), "securites"));
        assertThat(tokens(analyzers.forLanguage("es"), "requisitos"))
                .isEqualTo(tokens(analyzers.forLanguage("es"), "requisito"));
    }

    @Test
    void foldingFieldIgnoresAccentsAndCase() throws IOException {
        assertThat(tokens(analyzers.folding(), "Sécurité ÉTAT")).containsExactly("securite", "etat");
    }

    @Test
    void identifiersBecomeAdjacentTokensInEveryLanguage() throws IOException {
        for (String lang : Analyzers.LANGUAGES) {
            Analyzer a = analyzers.forLanguage(lang);
            assertThat(tokens(a, "ISO/IEC 27001:2022")).as(lang).containsExactly("iso", "iec", "27001", "2022");
            assertThat(tokens(a, "52.204-21")).as(lang).containsExactly("52.204", "21");
            assertThat(tokens(a, "SP 800-171")).as(lang).containsExactly("sp", "800", "171");
        }
    }

    @Test
    void unknownLanguagesUseTheFoldingField() {
        assertThat(Analyzers.analyzedLanguage("et")).isEqualTo("other");
        assertThat(Analyzers.analyzedLanguage("NL")).isEqualTo("nl");
        assertThat(Analyzers.analyzedLanguage(null)).isEqualTo("other");
        assertThat(IndexSchema.bodyField("de")).isEqualTo("body_de");
    }
}
