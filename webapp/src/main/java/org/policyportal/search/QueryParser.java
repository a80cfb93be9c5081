package org.policyportal.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.policyportal.index.Analyzers;

/**
 * The portal's query language; never throws on user input.
 *
 * <ul>
 *   <li>words: all must match ({@code cloud security}); a word that is a stop word in some language is optional</li>
 *   <li>{@code "phrases"}, {@code a OR b} (OR binds the two adjacent units), {@code -word}, {@code -"phrase"}</li>
 *   <li>{@code title:}, {@code country:} (code or English name), {@code body:} (issuing body), {@code standard:}
 *       (id), {@code year:} ({@code 2020} or {@code 2019..2022}), {@code language:} (code or name), {@code ref:}
 *       (clause number); values may be quoted; a {@code :} after anything else is plain text</li>
 *   <li>{@code prefix*}: at least {@value QueryLexer#MIN_PREFIX} characters, at most {@value #MAX_PREFIXES} per
 *       query, each expanding to a bounded number of terms</li>
 * </ul>
 * Input is cut at {@value #MAX_LENGTH} characters and {@value #MAX_UNITS} units; every repair adds a notice.
 *
 * <p>Thread-safe: stateless apart from immutable analyzers.
 */
public final class QueryParser {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_UNITS = 64;
    public static final int MAX_PREFIXES = 2;

    private final TextQueries text;
    private final FieldQueries fields;

    public QueryParser(Analyzers analyzers) {
        this.text = new TextQueries(analyzers);
        this.fields = new FieldQueries(analyzers);
    }

    /** Parses {@code input} into the query of {@code target}'s kind of documents. */
    public ParsedQuery parse(String input, SearchTarget target) {
        List<String> notices = new ArrayList<>();
        String q = input == null ? "" : input.strip();
        if (q.length() > MAX_LENGTH) {
            q = q.substring(0, MAX_LENGTH);
            notices.add("Your query was longer than " + MAX_LENGTH + " characters and was shortened.");
        }
        UnitGroups grouped = UnitGroups.of(QueryLexer.lex(q, notices), MAX_UNITS, MAX_PREFIXES, notices);
        List<List<QueryUnit>> groups = grouped.groups();
        List<QueryUnit> excluded = grouped.excluded();

        BooleanQuery.Builder main = new BooleanQuery.Builder();
        BooleanQuery.Builder relaxed = new BooleanQuery.Builder();
        List<String> terms = new ArrayList<>();
        boolean positive = false;
        boolean anyRelaxed = false;
        boolean kindOnly = false;
        for (List<QueryUnit> g : groups) {
            BooleanQuery.Builder or = new BooleanQuery.Builder();
            boolean optional = g.size() == 1 && g.getFirst().kind() == QueryUnit.Kind.WORD
                    && text.stopWordSomewhere(g.getFirst().text());
            int added = 0;
            for (QueryUnit u : g) {
                Query uq = unitQuery(u, target, notices);
                if (uq != null) {
                    or.add(uq, Occur.SHOULD);
                    added++;
                }
                Query rq = relaxedQuery(u, target);
                if (rq != null) {
                    relaxed.add(rq, Occur.SHOULD);
                    anyRelaxed = true;
                }
                if (u.kind() == QueryUnit.Kind.WORD) {
                    terms.add(u.text());
                }
            }
            if (added > 0) {
                main.add(added == 1 ? or.build().clauses().getFirst().query() : or.build(),
                        optional ? Occur.SHOULD : Occur.MUST);
                positive = true;
                kindOnly |= !optional && g.stream().allMatch(QueryParser::onOwnFields);
            }
        }
        for (QueryUnit u : excluded) {
            Query uq = unitQuery(u, target, notices);
            if (uq != null) {
                main.add(uq, Occur.MUST_NOT);
            }
        }
        if (!positive) {
            main.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new ParsedQuery(main.build(), anyRelaxed ? relaxed.build() : null, notices, terms, q,
                groups.isEmpty() && excluded.isEmpty(), kindOnly);
    }

    private Query unitQuery(QueryUnit u, SearchTarget target, List<String> notices) {
        TextQueries.Scope scope = target.documents() ? TextQueries.Scope.documents(target.wordPairs())
                : TextQueries.Scope.CLAUSES;
        return switch (u.kind()) {
            case WORD, PHRASE -> withRef(text.text(u.text(), scope, target.parents()), u,
                    FieldQueries.refQuery(u.text(), target));
            case PREFIX -> text.prefix(u.text(), scope, target.parents());
            case FIELD -> fields.query(u, target, notices);
            case OR -> null;
        };
    }

    /**
     * Whether a unit matches documents of the searched kind only. In document mode text and {@code title:} are
     * searched in fields only parents have and {@code ref:} is joined up to parents; in clause mode text, headings
     * and {@code ref:} are fields only clauses have, and the document's title is joined down to its clauses. Other
     * fields (country, year...) are on both kinds, and so is {@code body:} in an index of version 5, whose clauses
     * carried the issuing body's words too.
     */
    private static boolean onOwnFields(QueryUnit u) {
        return switch (u.kind()) {
            case WORD, PHRASE, PREFIX -> true;
            case FIELD -> u.field().equals("title") || u.field().equals("ref");
            case OR -> false;
        };
    }

    /** A bare clause number ({@code 52.204-21}) also matches the clause carrying that reference. */
    private static Query withRef(Query textQuery, QueryUnit u, Query refQuery) {
        if (!looksLikeRef(u) || textQuery == null) {
            return textQuery;
        }
        return new BooleanQuery.Builder().add(textQuery, Occur.SHOULD).add(refQuery, Occur.SHOULD).build();
    }

    private static boolean looksLikeRef(QueryUnit u) {
        return u.kind() == QueryUnit.Kind.WORD && u.text().chars().anyMatch(Character::isDigit);
    }

    /** The unit over clause content alone (no titles, nothing joined), whatever {@code target}'s kind. */
    private Query relaxedQuery(QueryUnit u, SearchTarget target) {
        return switch (u.kind()) {
            case WORD, PHRASE -> withRef(text.text(u.text(), TextQueries.Scope.SNIPPETS, target.parents()), u,
                    FieldQueries.refQuery(u.text(), SearchTarget.clauses(target.parents())));
            case PREFIX -> text.prefix(u.text(), TextQueries.Scope.SNIPPETS, target.parents());
            case FIELD -> fields.clauseQuery(u);
            case OR -> null;
        };
    }
}
