package org.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

    private final Analyzer en = new Analyzers().forLanguage("en");

    @Test
    void wordsReplayTheAnalyzerExactlyWithPositionIncrements() throws IOException {
        String text = "The supply of chains, and security of the";
        AnalysedText analysed = AnalysedText.of(en, "text_en", text);

        List<String> replayed = read(analysed.words());
        assertThat(replayed).containsExactly("suppli/2", "chain/2", "secur/2", "end/2");
        assertThat(replayed).isEqualTo(read(en.tokenStream("text_en", text)));
        assertThat(read(analysed.words())).as("a second stream reads the same").isEqualTo(replayed);
    }

    @Test
    void pairsAreAdjacentWordsOnlyAndNeverBridgeADroppedStopWord() throws IOException {
        AnalysedText analysed = AnalysedText.of(en, "text_en", "Supply chains, security of supply chain");

        assertThat(read(analysed.pairs())).containsExactly("suppli chain/1", "chain secur/1", "suppli chain/1",
                "end/0");
        assertThat(read(AnalysedText.of(en, "text_en", "security").pairs())).containsExactly("end/0");
        assertThat(read(AnalysedText.of(en, "text_en", "").words())).containsExactly("end/0");
        assertThat(Analyzers.pairTerm("suppli", "chain")).isEqualTo("suppli chain");
    }

    /** Each token as term/increment, then "end/" and the final increment. */
    private static List<String> read(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement());
            }
            ts.end();
            out.add("end/" + inc.getPositionIncrement());
        }
        return out;
    }
}
