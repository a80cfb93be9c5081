package org.policyportal.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.FacetValueSets;
import org.policyportal.search.IndexAccess;
import org.policyportal.search.IndexSearchers;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;

/**
 * Counts the documents matching a search (document mode, with {@code standard} set to the one standard asked
 * about) by year. A year's count is exactly what its link finds: the same search with that year selected.
 *
 * <p>Thread-safe: stateless apart from the thread-safe {@link IndexAccess}.
 */
public final class TimelineService {

    private final IndexAccess access;

    public TimelineService(IndexAccess access) {
        this.access = access;
    }

    /**
     * @param request  the search; its standard filter is replaced by {@code standard}
     * @param yearUrls the search URL for one year
     */
    public Timeline timeline(SearchRequest request, String standard, IntFunction<String> yearUrls) {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        filters.put(IndexSchema.DIM_STANDARD, List.of(standard));
        SearchRequest r = request.withFilters(filters).withMode(SearchMode.DOCUMENTS);
        String label = access.labels().label(standard);
        Optional<IndexSearchers.Lease> lease = access.acquire();
        if (lease.isEmpty()) {
            return new Timeline(standard, label, List.of(), 0, 0);
        }
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        long[] unknown = {0};
        long[] total = {0};
        try (IndexSearchers.Lease l = lease.get()) {
            // The year comes from the facet value set each policy shares with others: reading it from stored
            // fields decompressed a block per match (15,013 matches at 100,000 documents: 0.36 s, 1.6 s cold).
            Optional<FacetValueSets> sets = FacetValueSets.of(l.generation(), true);
            Map<Integer, Integer> yearOfSet = new HashMap<>();
            MatchingDocs.forEach(MatchingDocs.of(l.generation().searcher(), access.query(l.generation(), r)), doc -> {
                total[0]++;
                int set = sets.isPresent() ? sets.get().setOf(doc) : -1;
                // 0 stands for "no year" in the map, which cannot hold null: the metadata keeps years from 1900 on
                int year = set < 0 ? 0 : yearOfSet.computeIfAbsent(set, k -> Objects.requireNonNullElse(
                        ClauseValues.year(FacetValueSets.valueOf(sets.get().values(k), IndexSchema.DIM_YEAR)), 0));
                if (year == 0) {
                    unknown[0]++;
                } else {
                    byYear.merge(year, 1L, Long::sum);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("building the timeline failed", e);
        }
        List<Timeline.YearCount> years = new ArrayList<>();
        if (!byYear.isEmpty()) {
            for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
                years.add(new Timeline.YearCount(y, byYear.getOrDefault(y, 0L), yearUrls.apply(y)));
            }
        }
        return new Timeline(standard, label, years, unknown[0], total[0]);
    }
}
