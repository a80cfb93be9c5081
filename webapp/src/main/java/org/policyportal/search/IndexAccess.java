package org.policyportal.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;

/**
 * Read access to the live index generation for services that aggregate over it (the insights package): acquire a
 * ref-counted lease, build the same filtered query {@code /search} runs, map stored fields back to records, find a
 * clause's parent and highlight clause text. Nothing here caches across generations; whatever a caller derives
 * from a lease must be keyed by {@link SearcherGeneration#name()} or recomputed per lease.
 *
 * <p>{@link #none()} serves no index at all (every {@link #acquire()} is empty), for portals running over a search
 * service that is not Lucene-backed. Thread-safe: immutable apart from the thread-safe {@link IndexSearchers}.
 */
public final class IndexAccess {

    private final IndexSearchers searchers;
    private final QueryParser parser;
    private final IndexSchema schema;
    private final DocumentMapper mapper;
    private final StandardLabels labels;

    IndexAccess(IndexSearchers searchers, IndexSchema schema, StandardLabels labels) {
        this.searchers = searchers;
        this.parser = new QueryParser(schema.analyzers());
        this.schema = schema;
        this.mapper = new DocumentMapper(schema);
        this.labels = labels;
    }

    /** Access to no index: {@link #acquire()} is always empty. */
    public static IndexAccess none() {
        return new IndexAccess(null, new IndexSchema(), StandardLabels.fallback());
    }

    /** The live generation with a reference held until the lease closes; empty when no index is published. */
    public Optional<IndexSearchers.Lease> acquire() {
        return searchers == null ? Optional.empty() : searchers.acquire();
    }

    /**
     * Exactly the query {@code /search} runs for {@code request} (its mode, text, years and filters), without
     * paging or facets. Never throws on user input; invalid filter names are the caller's to reject beforehand.
     */
    public Query query(SearcherGeneration gen, SearchRequest request) {
        boolean documents = request.mode() != SearchMode.CLAUSES;
        ParsedQuery pq = parser.parse(request.query(), gen.target(documents));
        return FilteredQueries.drillDown(schema, gen, documents, FilteredQueries.base(pq, documents, request),
                request.filters());
    }

    public DocumentMapper mapper() {
        return mapper;
    }

    public StandardLabels labels() {
        return labels;
    }

    /** The category of a standard present in the generation, else the labels' category, else null. */
    public String categoryOf(SearcherGeneration gen, String standardId) {
        String c = gen.catalog().categoryOf(standardId);
        return c != null ? c : labels.categoryOf(standardId);
    }

    /** The parent (document) doc id of a clause doc id, through the block layout. */
    public int parentOf(SearcherGeneration gen, int clauseDoc) throws IOException {
        return HitAssembler.parentOf(gen, clauseDoc);
    }

    /**
     * Whole clause texts HTML-escaped with {@code <mark>} around the terms of {@code query}; an entry is null where
     * nothing matched.
     */
    public String[] highlightWhole(SearcherGeneration gen, Query query, int[] clauseDocs) throws IOException {
        return gen.highlighting().wholeText(query, clauseDocs);
    }

    /** HTML-escapes text the same way highlighted snippets are escaped. */
    public static String escape(String text) {
        return Html.escape(text);
    }
}
