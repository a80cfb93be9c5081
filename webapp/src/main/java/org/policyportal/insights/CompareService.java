package org.policyportal.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
import org.policyportal.search.FacetValueSets;
import org.policyportal.search.IndexAccess;
import org.policyportal.search.IndexSearchers;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearcherGeneration;
import org.policyportal.standards.Mention;
import org.policyportal.standards.Strength;

/**
 * Builds the compare matrix over the clauses matching a search (clause mode: its text query, years and filters).
 *
 * <p>Contract: the filters on the two axes (the row dimension and {@code standard}) do not narrow the clause set;
 * they choose which rows and columns are shown. So a cell counts exactly the clauses that its link
 * ({@link CellLinks#url}: the search with the row value and the column as the only values of those two filters,
 * in clause mode) finds. A clause counts once per column it mentions, under the strongest strength of its
 * mentions of that column; a document counts once per cell, under the strongest strength among its clauses there.
 *
 * <p>Thread-safe: stateless apart from the thread-safe {@link IndexAccess}; each call works on one leased
 * generation.
 */
public final class CompareService {

    /** Builds the search URL behind a cell. */
    @FunctionalInterface
    public interface CellLinks {
        String url(String rowValue, String columnValue);
    }

    private final IndexAccess access;

    public CompareService(IndexAccess access) {
        this.access = access;
    }

    /** The matrix for {@code request} (its mode, paging and facet limit are ignored). */
    public CompareMatrix compare(SearchRequest request, CompareAxes axes, CellLinks links) {
        Optional<IndexSearchers.Lease> lease = access.acquire();
        if (lease.isEmpty()) {
            return CompareMatrix.empty(axes);
        }
        try (IndexSearchers.Lease l = lease.get()) {
            return compute(l.generation(), request, axes, links);
        } catch (IOException e) {
            throw new UncheckedIOException("building the compare matrix failed", e);
        }
    }

    private CompareMatrix compute(SearcherGeneration gen, SearchRequest request, CompareAxes axes, CellLinks links)
            throws IOException {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        List<String> rowFilter = filters.remove(axes.rows());
        List<String> columnFilter = filters.remove(IndexSchema.DIM_STANDARD);
        SearchRequest base = request.withFilters(filters).withMode(SearchMode.CLAUSES);
        Query matching = access.query(gen, base);
        long matched = gen.searcher().count(matching);
        Optional<FacetValueSets> sets = FacetValueSets.of(gen, false);
        Map<String, Map<String, CellBuilder>> cells = new HashMap<>();
        if (sets.isEmpty()) {
            return assemble(gen, axes, cells, matched, links);
        }
        // Only clauses that cite a standard can land in a cell, and their row, year, standards and strengths are
        // read from the facet value sets they share. Reading every matching clause's stored fields instead took
        // 1.7 s for the unfiltered matrix over corpus-real and 18-19 s at 100,000 documents.
        Query citing = new BooleanQuery.Builder()
                .add(matching, BooleanClause.Occur.FILTER)
                .add(IndexSchema.citesAnyStandard(), BooleanClause.Occur.FILTER)
                .build();
        FacetValueSets values = sets.get();
        StoredFields stored = gen.searcher().storedFields();
        Map<Integer, ClauseValues> bySet = new HashMap<>();
        MatchingDocs.forEach(MatchingDocs.of(gen.searcher(), citing), doc -> {
            int set = values.setOf(doc);
            if (set < 0) {
                return; // not a clause with facet values; every clause written by the indexer has some
            }
            ClauseValues v = bySet.computeIfAbsent(set, k -> ClauseValues.of(values.values(k), axes));
            if (v.row() == null || rowFilter != null && !rowFilter.contains(v.row())) {
                return;
            }
            Map<String, Strength> byColumn = v.strongestByColumn() != null ? v.strongestByColumn()
                    : strongestByColumn(access.mapper().readMentions(
                            stored.document(doc, Set.of(IndexSchema.MENTIONS_JSON))), axes);
            int parent = values.parentOf(doc);
            for (Map.Entry<String, Strength> e : byColumn.entrySet()) {
                if (columnFilter == null || selected(gen, columnFilter, e.getKey(), axes)) {
                    cells.computeIfAbsent(v.row(), r -> new HashMap<>())
                            .computeIfAbsent(e.getKey(), c -> new CellBuilder())
                            .add(parent, e.getValue(), v.year());
                }
            }
        });
        return assemble(gen, axes, cells, matched, links);
    }

    /** Whether a column is among the selected standard filter values (a category value selects its standards). */
    private boolean selected(SearcherGeneration gen, List<String> filter, String column, CompareAxes axes) {
        if (filter.contains(column)) {
            return true;
        }
        return !axes.byCategory() && filter.contains(access.categoryOf(gen, column));
    }

    /** The strongest strength of each column among {@code mentions}. */
    private static Map<String, Strength> strongestByColumn(List<Mention> mentions, CompareAxes axes) {
        Map<String, Strength> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String column = axes.byCategory() ? m.category().id() : m.standardId();
            out.merge(column, m.strength(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return out;
    }

    private CompareMatrix assemble(SearcherGeneration gen, CompareAxes axes,
                                   Map<String, Map<String, CellBuilder>> cells, long matched, CellLinks links) {
        Map<String, Long> columnTotals = new HashMap<>();
        Map<String, Long> rowTotals = new HashMap<>();
        List<Long> all = new ArrayList<>();
        cells.forEach((row, byColumn) -> byColumn.forEach((column, cell) -> {
            long n = cell.clauses.total();
            columnTotals.merge(column, n, Long::sum);
            rowTotals.merge(row, n, Long::sum);
            all.add(n);
        }));
        HeatScale heat = HeatScale.of(all);
        List<CompareMatrix.Header> columns = columnTotals.keySet().stream()
                .sorted(Comparator.comparingLong((String c) -> -columnTotals.get(c)).thenComparing(c -> c))
                .map(c -> new CompareMatrix.Header(c, axes.byCategory() ? access.labels().categoryLabel(c)
                        : access.labels().label(c)))
                .toList();
        List<CompareMatrix.Row> rows = new ArrayList<>();
        rowTotals.keySet().stream()
                .sorted(Comparator.comparingLong((String r) -> -rowTotals.get(r)).thenComparing(r -> r))
                .forEach(r -> {
                    List<CompareCell> rowCells = new ArrayList<>();
                    for (CompareMatrix.Header c : columns) {
                        CellBuilder b = cells.get(r).getOrDefault(c.value(), new CellBuilder());
                        rowCells.add(new CompareCell(b.documents(), b.clauses, b.firstYear,
                                heat.cssClass(b.clauses.total()), links.url(r, c.value())));
                    }
                    String label = IndexSchema.DIM_COUNTRY.equals(axes.rows()) ? Countries.name(r) : r;
                    rows.add(new CompareMatrix.Row(new CompareMatrix.Header(r, label), rowCells, rowTotals.get(r)));
                });
        return new CompareMatrix(axes, columns, rows, matched);
    }

    /** Mutable accumulator for one cell; confined to the computing thread. */
    private static final class CellBuilder {
        /** Keyed by the parent's index document id, which identifies the policy within one generation. */
        private final Map<Integer, Strength> strongestPerDocument = new HashMap<>();
        private StrengthCounts clauses = StrengthCounts.zero();
        private Integer firstYear;

        void add(int parentDoc, Strength strength, Integer year) {
            clauses = clauses.plus(strength);
            strongestPerDocument.merge(parentDoc, strength, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            if (year != null && (firstYear == null || year < firstYear)) {
                firstYear = year;
            }
        }

        StrengthCounts documents() {
            StrengthCounts out = StrengthCounts.zero();
            for (Strength s : strongestPerDocument.values()) {
                out = out.plus(s);
            }
            return out;
        }
    }
}
