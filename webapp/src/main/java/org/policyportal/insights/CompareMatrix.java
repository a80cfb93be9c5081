package org.policyportal.insights;

import java.util.List;

/**
 * The compare matrix: rows (countries or issuing bodies) by columns (standards or categories).
 *
 * @param axes    what rows and columns are
 * @param columns column headers in display order
 * @param rows    rows in display order, each with one cell per column in the same order
 * @param clauses clauses that matched the search (whether or not they mention a standard)
 */
public record CompareMatrix(CompareAxes axes, List<Header> columns, List<Row> rows, long clauses) {

    public CompareMatrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row or column header: the filter value and its display label. */
    public record Header(String value, String label) {
    }

    /** One row: its header, its cells (same order as the columns) and its total clause count. */
    public record Row(Header header, List<CompareCell> cells, long clauses) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public static CompareMatrix empty(CompareAxes axes) {
        return new CompareMatrix(axes, List.of(), List.of(), 0);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return rows.isEmpty() || columns.isEmpty();
    }
}
