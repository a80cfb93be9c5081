package org.policyportal.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.policyportal.index.IndexSchema;

/**
 * The one place a {@link SearchRequest}'s restrictions become Lucene clauses: the document type, the year range and
 * the facet filters (values OR'ed within a dimension, dimensions AND'ed; a standard value may be a category).
 * Used by {@link LuceneSearchService} for searching and by the insights services for counting, so a matrix cell
 * and the search it links to always agree.
 *
 * <p>Thread-safe: stateless.
 */
public final class FilteredQueries {

    private FilteredQueries() {
    }

    /**
     * The parsed query restricted to one document type and to the request's year range. The type filter is left
     * out where the query can only match that type anyway (document text): a broad word then costs one pass over
     * its postings rather than a conjunction with every parent.
     */
    public static Query base(ParsedQuery pq, boolean documents, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(pq.query(), Occur.MUST);
        if (!pq.kindOnly()) {
            b.add(documents ? IndexSchema.parentsQuery() : IndexSchema.clausesQuery(), Occur.FILTER);
        }
        if (request.yearFrom() != null || request.yearTo() != null) {
            int from = request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom();
            int to = request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo();
            b.add(IntPoint.newRangeQuery(IndexSchema.YEAR, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * {@code base} narrowed by every facet filter; {@code base} unchanged when the generation holds no facets (an
     * empty index, where nothing can match a filter anyway).
     */
    public static Query drillDown(IndexSchema schema, SearcherGeneration gen, boolean documents, Query base,
                                  Map<String, List<String>> filters) {
        if (gen.facetState(documents) == null) {
            return base;
        }
        DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(documents), base);
        filters.forEach((dim, values) -> {
            for (String v : values) {
                ddq.add(dim, dim.equals(IndexSchema.DIM_STANDARD) ? FacetedSearch.standardPath(gen, v)
                        : new String[] {v});
            }
        });
        return ddq;
    }
}
