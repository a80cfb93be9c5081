package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.policyportal.index.IndexSchema;

/**
 * Per-generation facts derived from the document facets: which category each standard is in, and the
 * autocomplete entries (standards and issuing bodies with their document counts).
 *
 * <p>Immutable after construction; thread-safe. Built once per index generation and swapped with it.
 */
final class FacetCatalog {

    private record Entry(Suggestion suggestion, String folded, List<String> words) {
    }

    private final Map<String, String> categoryOfStandard;
    private final List<Entry> entries;

    private FacetCatalog(Map<String, String> categoryOfStandard, List<Entry> entries) {
        this.categoryOfStandard = Map.copyOf(categoryOfStandard);
        this.entries = List.copyOf(entries);
    }

    static FacetCatalog empty() {
        return new FacetCatalog(Map.of(), List.of());
    }

    /** Counts the facets of all parent documents once. */
    static FacetCatalog build(IndexSearcher searcher, SortedSetDocValuesReaderState state, StandardLabels labels)
            throws IOException {
        FacetsCollector fc = searcher.search(IndexSchema.parentsQuery(), new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        Set<String> dims = dims(state);
        Map<String, String> categories = new HashMap<>();
        List<Suggestion> suggestions = new ArrayList<>();
        if (dims.contains(IndexSchema.DIM_STANDARD)) {
            for (LabelAndValue cat : children(facets, IndexSchema.DIM_STANDARD)) {
                for (LabelAndValue std : children(facets, IndexSchema.DIM_STANDARD, cat.label)) {
                    categories.put(std.label, cat.label);
                    suggestions.add(new Suggestion("standard", std.label, labels.label(std.label),
                            std.value.longValue()));
                }
            }
        }
        if (dims.contains(IndexSchema.DIM_ISSUING_BODY)) {
            for (LabelAndValue body : children(facets, IndexSchema.DIM_ISSUING_BODY)) {
                suggestions.add(new Suggestion("issuingBody", body.label, body.label, body.value.longValue()));
            }
        }
        List<Entry> entries = suggestions.stream().map(s -> {
            String folded = FieldQueries.fold(s.label() + " " + s.value());
            return new Entry(s, folded, List.of(folded.split("[^\\p{L}\\p{N}]+")));
        }).sorted(Comparator.comparingLong((Entry e) -> -e.suggestion().count())
                .thenComparing(e -> e.suggestion().label())).toList();
        return new FacetCatalog(categories, entries);
    }

    static Set<String> dims(SortedSetDocValuesReaderState state) {
        Set<String> dims = new HashSet<>();
        state.getDims().forEach(dims::add);
        return dims;
    }

    static List<LabelAndValue> children(Facets facets, String dim, String... path) throws IOException {
        FacetResult r = facets.getAllChildren(dim, path);
        return r == null ? List.of() : List.of(r.labelValues);
    }

    /** The category of a standard present in this generation, or null. */
    String categoryOf(String standardId) {
        return categoryOfStandard.get(standardId);
    }

    /**
     * Entries whose label or id starts with {@code prefix}, or has a word starting with it (case- and
     * accent-insensitive), most documents first.
     */
    List<Suggestion> suggest(String prefix, int limit) {
        String p = FieldQueries.fold(prefix == null ? "" : prefix);
        if (p.isEmpty() || limit <= 0) {
            return List.of();
        }
        return entries.stream()
                .filter(e -> e.folded().startsWith(p) || e.words().stream().anyMatch(w -> w.startsWith(p)))
                .limit(limit).map(Entry::suggestion).toList();
    }
}
