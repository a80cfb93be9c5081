package org.policyportal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.policyportal.index.Analyzers;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
import org.policyportal.metadata.Languages;

/**
 * Queries for {@code field:value} units. A value that cannot be understood (unknown country, malformed year)
 * matches nothing and adds a notice, so the user sees why there are no results.
 *
 * <p>Thread-safe: stateless apart from the immutable analyzers.
 */
final class FieldQueries {

    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})?\\.\\.(\\d{4})?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Analyzers analyzers;

    FieldQueries(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The query of a field unit against the target's kind: for documents, clause-level fields are joined up to
     * their parent; for clauses, the title and issuing body (held by parents only) are joined down to clauses.
     */
    Query query(QueryUnit unit, SearchTarget target, List<String> notices) {
        String v = unit.text().trim();
        return switch (unit.field()) {
            case "title" -> parentField(IndexSchema.TITLE, v, target);
            case "body" -> parentField(IndexSchema.ISSUING_BODY_TEXT, v, target);
            case "standard" -> standard(v);
            case "country" -> country(v).<Query>map(c -> new TermQuery(new Term(IndexSchema.COUNTRY, c)))
                    .orElseGet(() -> nothing(notices, "Unknown country '" + v + "'."));
            case "language" -> language(v).<Query>map(l -> new TermQuery(new Term(IndexSchema.LANGUAGE, l)))
                    .orElseGet(() -> nothing(notices, "Unknown language '" + v + "'."));
            case "year" -> year(v, notices);
            case "ref" -> refQuery(v, target);
            default -> nothing(notices, "Unknown field '" + unit.field() + "'.");
        };
    }

    /** The clause-level part of a field unit, for choosing snippets; null when the field is document metadata. */
    Query clauseQuery(QueryUnit unit) {
        return unit.field().equals("ref") ? refTerm(unit.text().trim()) : null;
    }

    private static Query standard(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals(v)) {
            return new TermQuery(new Term(IndexSchema.STANDARD, v));
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.STANDARD, v)), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexSchema.STANDARD, lower)), Occur.SHOULD)
                .build();
    }

    /** Clauses with reference {@code v}, joined up to their documents when the target is documents. */
    static Query refQuery(String v, SearchTarget target) {
        Query clause = refTerm(v);
        return target.documents() ? new ToParentBlockJoinQuery(clause, target.parents(), ScoreMode.Max) : clause;
    }

    /** Text {@code v} in a field only parents have; for clauses, the clauses of the matching parents. */
    private Query parentField(String field, String v, SearchTarget target) {
        Query parent = orNothing(TextQueries.analyzed(field, analyzers.folding(), v));
        return target.documents() ? parent : new ParentScoredClausesQuery(parent, target.parents());
    }

    private static Query refTerm(String v) {
        return new TermQuery(new Term(IndexSchema.REF_KEY, v.toLowerCase(Locale.ROOT)));
    }

    private static Query year(String v, List<String> notices) {
        if (YEAR.matcher(v).matches()) {
            return IntPoint.newExactQuery(IndexSchema.YEAR, Integer.parseInt(v));
        }
        Matcher m = YEAR_RANGE.matcher(v);
        if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
            int from = m.group(1) == null ? Integer.MIN_VALUE : Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
            return IntPoint.newRangeQuery(IndexSchema.YEAR, Math.min(from, to), Math.max(from, to));
        }
        return nothing(notices, "'year:" + v + "' is not a year or a range such as 2019..2022.");
    }

    /** A country code or English name ({@code nl}, {@code Netherlands}, {@code the netherlands}). */
    static Optional<String> country(String v) {
        Optional<String> code = Countries.normalise(v);
        if (code.isPresent()) {
            return code;
        }
        String want = fold(v.replaceFirst("(?i)^the\\s+", ""));
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.addAll(List.of("EU", "INT"));
        return codes.stream().filter(c -> fold(Countries.name(c)).equals(want)).findFirst();
    }

    /** A language code or English name ({@code nl}, {@code Dutch}). */
    static Optional<String> language(String v) {
        Optional<String> code = Languages.normalise(v);
        if (code.isPresent()) {
            return code;
        }
        String want = fold(v);
        return Stream.of(Locale.getISOLanguages()).filter(l -> fold(Languages.name(l)).equals(want)).findFirst();
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static Query orNothing(Query q) {
        return q == null ? new MatchNoDocsQuery("value has no searchable words") : q;
    }

    private static Query nothing(List<String> notices, String notice) {
        notices.add(notice);
        return new MatchNoDocsQuery(notice);
    }
}
