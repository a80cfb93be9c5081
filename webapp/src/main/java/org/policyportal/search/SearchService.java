package org.policyportal.search;

import java.util.List;
import java.util.Optional;
import org.policyportal.document.PolicyDocument;

/**
 * The read side of the portal over the live index.
 *
 * <p>Implementations are thread-safe and pick up a newly published index generation without failing
 * requests in flight (each call works on one acquired searcher and releases it).
 */
public interface SearchService extends AutoCloseable {

    SearchResult search(SearchRequest request);

    /** The document with all clauses, terms of {@code query} (may be blank) highlighted. */
    Optional<DocumentView> document(String id, String query);

    /**
     * The document with only the clauses {@code window} chooses (highlighted as by {@link #document(String,
     * String)}); {@link DocumentView#ordinals()} and {@link DocumentView#matchOrdinals()} still cover all clauses.
     * The default loads the whole document and cuts it.
     */
    default Optional<DocumentView> document(String id, String query, ClauseWindow window) {
        return document(id, query).map(v -> v.window(window.choose(v.ordinals())));
    }

    /**
     * The document's metadata and answers without its clauses (an empty clause list), for callers that need only
     * those, such as serving the original file. The default loads the whole document.
     */
    default Optional<PolicyDocument> policy(String id) {
        return document(id, "").map(DocumentView::document);
    }

    /**
     * The best hits of {@code request} up to {@code cap} (at most {@link SearchLimits#MAX_WINDOW}), for streaming
     * out; its page, size and facet limit are ignored. Document hits carry their best {@code snippets} clauses
     * (0 to 3; a search page shows 3); a clause hit always carries its clause. The caller closes the walk. The
     * default pages through {@link #search}.
     *
     * @throws IllegalArgumentException (user-facing message) for invalid filters or years, or a cap out of range
     */
    default ResultWalk walk(SearchRequest request, int cap, int snippets) {
        SearchLimits.validateWalk(cap, snippets);
        return new PagedWalk(this, request, cap, snippets);
    }

    /** Standards and issuing bodies whose label or id starts with (or contains a word starting with) prefix. */
    List<Suggestion> suggest(String prefix, int limit);

    /** Documents and clauses in the live index, and when it was published. */
    IndexStats stats();

    /** How many searches a result cache answered and how many ran; zeros when there is no cache. */
    default CacheCounts resultCache() {
        return new CacheCounts(0, 0);
    }

    /**
     * Starts optional work that makes the first searches faster (warm-up searches, derived per-generation state)
     * on background threads. A server calls it once it is listening, so that this work does not compete with the
     * start for the processors; without the call the same state is built on first use. Idempotent.
     */
    default void startBackgroundWork() {
    }

    /** Searches answered from a result cache ({@code hits}) and searches that ran ({@code misses}). */
    record CacheCounts(long hits, long misses) {
    }

    @Override
    void close();
}
