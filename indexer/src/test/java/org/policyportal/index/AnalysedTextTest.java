package org.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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

    @Test
    void joinedPartsReplayTheAnalysisOfTheJoinedTextIncludingOffsetsAndStopWordsAtTheSeams() throws IOException {
        List<String> parts = List.of("The rules of the", "of the and", "", "Supply chains, security",
                "x".repeat(300) + " of", "l'accès aux systèmes", "TLS 1.3 and the");
        for (Analyzer analyzer : List.of(en, new Analyzers().forLanguage("fr"), new Analyzers().folding())) {
            AnalysedText joined = AnalysedText.join(parts.stream()
                    .map(p -> AnalysedText.of(analyzer, "text_en", p)).toList());
            String text = String.join("\n", parts);

            assertThat(readWithOffsets(joined.words()))
                    .isEqualTo(readWithOffsets(analyzer.tokenStream("text_en", text)));
            assertThat(read(joined.pairs())).isEqualTo(read(AnalysedText.of(analyzer, "text_en", text).pairs()));
        }
        assertThat(readWithOffsets(AnalysedText.join(List.of(AnalysedText.of(en, "text_en", "of the"),
                AnalysedText.of(en, "text_en", "rules"))).words()))
                .as("stop words at the end of one part move the next part's first word")
                .containsExactly("rule/3@7-12", "end/0@12");
    }

    @Test
    void aReusedStreamReadsTheTextItIsGivenFromTheStart() throws IOException {
        AnalysedText first = AnalysedText.of(en, "text_en", "supply chains");
        AnalysedText second = AnalysedText.of(en, "text_en", "security");
        TokenStream stream = first.stream(false, null);
        assertThat(read(stream)).containsExactly("suppli/1", "chain/1", "end/0");

        assertThat(second.stream(false, stream)).isSameAs(stream);
        assertThat(read(second.stream(false, stream))).containsExactly("secur/1", "end/0");
        assertThat(second.stream(true, stream)).as("a words stream is not reused for pairs").isNotSameAs(stream);
    }

    /** Each token as term/increment@start-end, then "end/" with the final increment and offset. */
    static List<String> readWithOffsets(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement() + "@" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            ts.end();
            out.add("end/" + inc.getPositionIncrement() + "@" + offset.endOffset());
        }
        return out;
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
