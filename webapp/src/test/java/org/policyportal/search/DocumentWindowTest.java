package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.document.Clause;
import org.policyportal.document.PolicyDocument;

/**
 * The document page reads only the clauses of the part it shows. Read through the index, a window must equal the
 * whole document cut to that window: the same clauses and marks, and all clause numbers and matches.
 */
class DocumentWindowTest {

    @TempDir
    Path root;

    @Test
    void aWindowReadFromTheIndexEqualsTheWholeDocumentCut() throws Exception {
        Corpus.publish(root, Corpus.plus(Corpus.documents(), longDocument(30)));
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            List<ClauseWindow.Range> ranges = List.of(new ClauseWindow.Range(0, 10), new ClauseWindow.Range(10, 20),
                    new ClauseWindow.Range(25, 40), new ClauseWindow.Range(5, 5), new ClauseWindow.Range(31, 35),
                    new ClauseWindow.Range(0, 30));
            for (String q : List.of("", "security", "\"supplier rules\"", "zzz")) {
                DocumentView whole = service.document("long", q).orElseThrow();
                assertThat(whole.clauseCount()).isEqualTo(30);
                for (ClauseWindow.Range range : ranges) {
                    List<List<Integer>> offered = new ArrayList<>();
                    DocumentView window = service.document("long", q, ordinals -> {
                        offered.add(ordinals);
                        return range;
                    }).orElseThrow();
                    assertThat(window).as(q + " " + range).isEqualTo(whole.window(range));
                    assertThat(offered).containsExactly(IntStream.rangeClosed(1, 30).boxed().toList());
                }
            }
            DocumentView matches = service.document("long", "security", o -> new ClauseWindow.Range(0, 2))
                    .orElseThrow();
            assertThat(matches.document().clauses()).extracting(Clause::ordinal).containsExactly(1, 2);
            assertThat(matches.matchOrdinals()).as("matches outside the window too")
                    .containsExactly(1, 4, 7, 10, 13, 16, 19, 22, 25, 28);
            assertThat(matches.highlighted().getFirst()).contains("<mark>security</mark>");
        }
    }

    @Test
    void anUnknownDocumentIsEmptyWithoutAskingForAWindow() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            assertThat(service.document("nope", "", o -> {
                throw new AssertionError("asked for a window of a document that does not exist");
            })).isEmpty();
        }
    }

    @Test
    void cuttingKeepsAllNumbersAndCountsPositionsFromTheWholeDocument() {
        PolicyDocument doc = longDocument(5);
        DocumentView whole = DocumentView.whole(doc, List.of(), List.of("a", "b", "c", "d", "e"), List.of(2, 5));
        DocumentView middle = whole.window(new ClauseWindow.Range(1, 4));
        assertThat(middle.document().clauses()).extracting(Clause::ordinal).containsExactly(2, 3, 4);
        assertThat(middle.highlighted()).containsExactly("b", "c", "d");
        assertThat(middle.from()).isEqualTo(1);
        assertThat(middle.ordinals()).containsExactly(1, 2, 3, 4, 5);
        assertThat(middle.matchOrdinals()).containsExactly(2, 5);
        assertThat(middle.clauseCount()).isEqualTo(5);

        DocumentView inner = middle.window(new ClauseWindow.Range(2, 9));
        assertThat(inner.document().clauses()).extracting(Clause::ordinal).containsExactly(3, 4);
        assertThat(inner.from()).isEqualTo(2);
        assertThat(whole.window(new ClauseWindow.Range(7, 9)).document().clauses()).isEmpty();
        assertThatThrownBy(() -> new ClauseWindow.Range(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentView(doc, List.of(), List.of(), List.of(), List.of(1, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code n} English clauses; every third mentions security, the others supplier rules. */
    private static PolicyDocument longDocument(int n) {
        Clause[] clauses = new Clause[n];
        for (int i = 0; i < n; i++) {
            String text = i % 3 == 0 ? "Clause " + (i + 1) + " requires security updates."
                    : "Clause " + (i + 1) + " sets supplier rules for procurement.";
            clauses[i] = Corpus.clause(i + 1, Integer.toString(i + 1), List.of("Part " + (i / 10 + 1)), text);
        }
        return Corpus.doc("long", "A long policy", "NL", "Forum", 2024, "en", clauses);
    }
}
