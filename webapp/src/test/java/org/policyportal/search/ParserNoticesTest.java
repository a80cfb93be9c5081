package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyportal.index.Analyzers;
import org.policyportal.index.IndexSchema;

/** The parser on its own: malformed input never throws, is read safely and explained by a notice. */
class ParserNoticesTest {
    private static final SearchTarget CLAUSES =
            SearchTarget.clauses(new QueryBitSetProducer(IndexSchema.parentsQuery()));


    private final QueryParser parser = new QueryParser(new Analyzers());

    private List<String> notices(String q) {
        return parser.parse(q, CLAUSES).notices();
    }

    @Test
    void wellFormedQueriesHaveNoNotices() {
        for (String q : List.of("cloud security", "\"cloud security\"", "a OR b", "-x", "-\"a b\"",
                "title:\"x y\"", "country:nl", "year:2019..2022", "secur*", "ISO/IEC 27001:2022", "(a OR b) c")) {
            assertThat(notices(q)).as(q).isEmpty();
        }
    }

    @Test
    void malformedInputIsRepairedWithANotice() {
        assertThat(notices("\"cloud security")).containsExactly(
                "Your query had unbalanced quotes; searched for the words instead.");
        assertThat(notices("(cloud security")).containsExactly("Unbalanced parentheses were ignored.");
        assertThat(notices("cloud)")).containsExactly("Unbalanced parentheses were ignored.");
        assertThat(notices("OR cloud")).containsExactly("An OR without a term on both sides was ignored.");
        assertThat(notices("cloud OR")).containsExactly("An OR without a term on both sides was ignored.");
        assertThat(notices("cloud OR OR mail")).containsExactly("An OR without a term on both sides was ignored.");
        assertThat(notices("cloud - mail")).containsExactly("A lone '-' was ignored.");
        assertThat(notices("title: cloud")).containsExactly("'title:' without a value was ignored.");
        assertThat(notices("year:soon")).containsExactly("'year:soon' is not a year or a range such as 2019..2022.");
        assertThat(notices("a*")).hasSize(1);
        assertThat(notices("ab* cd* ef*")).hasSize(1);
    }

    @Test
    void unquotedRestOfQuoteIsSearchedAsWords() {
        ParsedQuery pq = parser.parse("cloud \"security rules", CLAUSES);
        assertThat(pq.terms()).containsExactly("cloud", "security", "rules");
    }

    @Test
    void colonAfterUnknownPrefixIsText() {
        ParsedQuery pq = parser.parse("27001:2022 http://x", CLAUSES);
        assertThat(pq.terms()).containsExactly("27001:2022", "http://x");
        assertThat(pq.notices()).isEmpty();
    }

    @Test
    void longQueriesAreTruncatedAndUnitsCapped() {
        ParsedQuery longOne = parser.parse("a".repeat(600), CLAUSES);
        assertThat(longOne.text()).hasSize(QueryParser.MAX_LENGTH);
        assertThat(longOne.notices()).containsExactly(
                "Your query was longer than 500 characters and was shortened.");
        String many = String.join(" ", java.util.Collections.nCopies(70, "w"));
        ParsedQuery capped = parser.parse(many, CLAUSES);
        assertThat(capped.terms()).hasSize(QueryParser.MAX_UNITS);
        assertThat(capped.notices()).containsExactly("Only the first 64 terms of your query were used.");
    }

    @Test
    void blankInputMatchesAll() {
        ParsedQuery pq = parser.parse("   ", CLAUSES);
        assertThat(pq.blank()).isTrue();
        assertThat(pq.relaxed()).isNull();
        assertThat(pq.query().toString()).isEqualTo("+" + new MatchAllDocsQuery());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "-", "--", "-\"", "OR", "OR OR", "()", ")(", ":", "title:", "title:\"",
            "*", "**", "a:b:c", "\"\"", "-(", "year:..", "ref:", "country:\"", "\u0000", "a\"b\"c", "x -\"y",
            "((((", "title:\"unterminated value"})
    void neverThrows(String q) {
        assertThatCode(() -> parser.parse(q, CLAUSES)).doesNotThrowAnyException();
        assertThatCode(() -> parser.parse(q, SearchTarget.documents(new QueryBitSetProducer(IndexSchema.parentsQuery()))))
                .doesNotThrowAnyException();
    }
}
