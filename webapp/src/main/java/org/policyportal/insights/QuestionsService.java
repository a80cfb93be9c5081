package org.policyportal.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
import org.policyportal.search.FacetValueSets;
import org.policyportal.search.IndexAccess;
import org.policyportal.search.IndexSearchers;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearcherGeneration;
import org.policyportal.standards.ResearchAnswers;

/**
 * Counts, by country, the documents matching a search (document mode) that answer yes to each research question.
 *
 * <p>Contract: like drill-sideways facets, the country filter and each question's own yes/no filter do not narrow
 * the count they label; they are applied to everything else. So the count for (country C, question Q) is exactly
 * what its link finds: the search with {@code country=C} and {@code Q=yes} as the only values of those filters.
 * Selected countries restrict the rows.
 *
 * <p>Thread-safe: stateless apart from the thread-safe {@link IndexAccess}.
 */
public final class QuestionsService {

    public static final int MAX_EVIDENCE_DOCUMENTS = 200;

    /** Builds the search URL for a country ({@code ""}: all) and optionally a question answered yes. */
    @FunctionalInterface
    public interface Links {
        String url(String country, Question yes);
    }

    /** One matching policy: its index document id, country and yes/no answers. */
    private record Answers(int doc, String country, Map<Question, Boolean> flags) {
    }

    /** What the policies of one value set share: country and yes/no answers. */
    private record Shared(String country, Map<Question, Boolean> flags) {
    }

    /** Stored fields the evidence list shows. */
    private static final Set<String> EVIDENCE_FIELDS =
            Set.of(IndexSchema.DOC_ID, IndexSchema.TITLE, IndexSchema.ANSWERS_JSON);

    private final IndexAccess access;

    public QuestionsService(IndexAccess access) {
        this.access = access;
    }

    public QuestionsReport report(SearchRequest request, Links links) {
        Optional<IndexSearchers.Lease> lease = access.acquire();
        if (lease.isEmpty()) {
            return new QuestionsReport(List.of(), row("", "All countries", List.of(), Map.of(), links), List.of(),
                    false);
        }
        try (IndexSearchers.Lease l = lease.get()) {
            return compute(l.generation(), request, links);
        } catch (IOException e) {
            throw new UncheckedIOException("counting research-question answers failed", e);
        }
    }

    /** Country and answers from one parent value set (as {@link FacetValueSets#values} gives it). */
    private static Shared sharedOf(List<List<String>> values) {
        Map<Question, Boolean> flags = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            flags.put(q, IndexSchema.YES.equals(FacetValueSets.valueOf(values, q.dimension())));
        }
        return new Shared(FacetValueSets.valueOf(values, IndexSchema.DIM_COUNTRY), flags);
    }

    private QuestionsReport compute(SearcherGeneration gen, SearchRequest request, Links links) throws IOException {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        List<String> countries = filters.remove(IndexSchema.DIM_COUNTRY);
        Map<Question, List<String>> questionFilters = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            List<String> v = filters.remove(q.dimension());
            if (v != null) {
                questionFilters.put(q, v);
            }
        }
        SearchRequest base = request.withFilters(filters).withMode(SearchMode.DOCUMENTS);
        List<Answers> all = new ArrayList<>();
        Optional<FacetValueSets> sets = FacetValueSets.of(gen, true);
        if (sets.isPresent()) {
            // Country and answers come from the facet value sets the policies share: reading them from stored
            // fields took 2-4 s at 100,000 documents, half of it decompressing stored-field blocks.
            FacetValueSets values = sets.get();
            Map<Integer, Shared> bySet = new HashMap<>();
            MatchingDocs.forEach(MatchingDocs.of(gen.searcher(), access.query(gen, base)), doc -> {
                int set = values.setOf(doc);
                if (set < 0) {
                    return; // not a parent with facet values; every policy written by the indexer has some
                }
                Shared shared = bySet.computeIfAbsent(set, k -> sharedOf(values.values(k)));
                if (shared.country() != null && (countries == null || countries.contains(shared.country()))) {
                    all.add(new Answers(doc, shared.country(), shared.flags()));
                }
            });
        }
        Map<String, List<Answers>> byCountry = new TreeMap<>();
        all.forEach(a -> byCountry.computeIfAbsent(a.country(), c -> new ArrayList<>()).add(a));
        List<QuestionsReport.Row> rows = new ArrayList<>();
        byCountry.forEach((c, docs) -> rows.add(row(c, Countries.name(c), docs, questionFilters, links)));
        rows.sort(Comparator.comparingLong((QuestionsReport.Row r) -> -r.documents()).thenComparing(r -> r.label()));
        List<QuestionsReport.DocumentEvidence> evidence = new ArrayList<>();
        long answering = 0;
        StoredFields stored = gen.searcher().storedFields();
        for (Answers a : all) {
            if (a.flags().containsValue(true) && passes(a, questionFilters, null)) {
                answering++;
                if (evidence.size() < MAX_EVIDENCE_DOCUMENTS) {
                    Document d = stored.document(a.doc(), EVIDENCE_FIELDS);
                    ResearchAnswers r = access.mapper().readAnswers(d);
                    evidence.add(new QuestionsReport.DocumentEvidence(d.get(IndexSchema.DOC_ID),
                            d.get(IndexSchema.TITLE), a.country(), "/documents/" + d.get(IndexSchema.DOC_ID),
                            evidence(a, r)));
                }
            }
        }
        return new QuestionsReport(rows, row("", "All countries", all, questionFilters, links), evidence,
                answering > evidence.size());
    }

    private static QuestionsReport.Row row(String country, String label, List<Answers> docs,
                                           Map<Question, List<String>> filters, Links links) {
        Map<Question, Long> yes = new EnumMap<>(Question.class);
        Map<Question, String> urls = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            yes.put(q, docs.stream().filter(a -> a.flags().get(q) && passes(a, filters, q)).count());
            urls.put(q, links.url(country, q));
        }
        long total = docs.stream().filter(a -> passes(a, filters, null)).count();
        return new QuestionsReport.Row(country, label, total, yes, links.url(country, null), urls);
    }

    /** Whether a document passes every selected question filter except {@code except}'s own. */
    private static boolean passes(Answers a, Map<Question, List<String>> filters, Question except) {
        for (Map.Entry<Question, List<String>> f : filters.entrySet()) {
            String value = a.flags().get(f.getKey()) ? IndexSchema.YES : IndexSchema.NO;
            if (f.getKey() != except && !f.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }

    /** The evidence clauses of each question {@code a} answers yes, from its stored answers (null: none). */
    private static Map<Question, List<Integer>> evidence(Answers a, ResearchAnswers stored) {
        ResearchAnswers r = stored == null ? ResearchAnswers.none() : stored;
        Map<Question, List<Integer>> out = new EnumMap<>(Question.class);
        if (a.flags().get(Question.DIGITAL)) {
            out.put(Question.DIGITAL, r.digitalEvidence());
        }
        if (a.flags().get(Question.SECURITY)) {
            out.put(Question.SECURITY, r.securityEvidence());
        }
        if (a.flags().get(Question.STANDARDS)) {
            out.put(Question.STANDARDS, r.standardsEvidence());
        }
        return out;
    }
}
