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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.policyportal.document.Clause;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
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
        StoredFields stored = gen.searcher().storedFields();
        String rowField = IndexSchema.DIM_COUNTRY.equals(axes.rows()) ? IndexSchema.COUNTRY : IndexSchema.ISSUING_BODY;
        Map<String, Map<String, CellBuilder>> cells = new HashMap<>();
        long[] matched = {0};
        MatchingDocs.forEach(MatchingDocs.of(gen.searcher(), access.query(gen, base)), doc -> {
            matched[0]++;
            Document d = stored.document(doc);
            String row = d.get(rowField);
            if (rowFilter != null && !rowFilter.contains(row)) {
                return;
            }
            Clause clause = access.mapper().readClause(d);
            Integer year = d.getField(IndexSchema.YEAR) == null ? null
                    : d.getField(IndexSchema.YEAR).numericValue().intValue();
            for (Map.Entry<String, Strength> e : strongestByColumn(clause, axes).entrySet()) {
                if (columnFilter == null || selected(gen, columnFilter, e.getKey(), axes)) {
                    cells.computeIfAbsent(row, r -> new HashMap<>())
                            .computeIfAbsent(e.getKey(), c -> new CellBuilder())
                            .add(d.get(IndexSchema.DOC_ID), e.getValue(), year);
                }
            }
        });
        return assemble(gen, axes, cells, matched[0], links);
    }

    /** Whether a column is among the selected standard filter values (a category value selects its standards). */
    private boolean selected(SearcherGeneration gen, List<String> filter, String column, CompareAxes axes) {
        if (filter.contains(column)) {
            return true;
        }
        return !axes.byCategory() && filter.contains(access.categoryOf(gen, column));
    }

    private static Map<String, Strength> strongestByColumn(Clause clause, CompareAxes axes) {
        Map<String, Strength> out = new LinkedHashMap<>();
        for (Mention m : clause.mentions()) {
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
        private final Map<String, Strength> strongestPerDocument = new HashMap<>();
        private StrengthCounts clauses = StrengthCounts.zero();
        private Integer firstYear;

        void add(String docId, Strength strength, Integer year) {
            clauses = clauses.plus(strength);
            strongestPerDocument.merge(docId, strength, (a, b) -> a.compareTo(b) <= 0 ? a : b);
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
