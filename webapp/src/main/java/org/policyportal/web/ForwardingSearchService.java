package org.policyportal.web;

import java.util.List;
import java.util.Optional;
import org.policyportal.document.PolicyDocument;
import org.policyportal.search.ClauseWindow;
import org.policyportal.search.DocumentView;
import org.policyportal.search.IndexStats;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.ResultWalk;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;
import org.policyportal.search.Suggestion;

/**
 * A {@link SearchService} decorator that passes every call through; subclasses override what they add to.
 * {@link #close()} does nothing: the server wraps a service it does not own.
 *
 * <p>Thread-safe when the delegate is.
 */
abstract class ForwardingSearchService implements SearchService {

    protected final SearchService delegate;

    ForwardingSearchService(SearchService delegate) {
        this.delegate = delegate;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return delegate.search(request);
    }

    @Override
    public ResultWalk walk(SearchRequest request, int cap, int snippets) {
        return delegate.walk(request, cap, snippets);
    }

    @Override
    public Optional<DocumentView> document(String id, String query) {
        return delegate.document(id, query);
    }

    @Override
    public Optional<DocumentView> document(String id, String query, ClauseWindow window) {
        return delegate.document(id, query, window);
    }

    @Override
    public Optional<PolicyDocument> policy(String id) {
        return delegate.policy(id);
    }

    @Override
    public void startBackgroundWork() {
        delegate.startBackgroundWork();
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return delegate.suggest(prefix, limit);
    }

    @Override
    public IndexStats stats() {
        return delegate.stats();
    }

    @Override
    public CacheCounts resultCache() {
        return delegate.resultCache();
    }

    @Override
    public void close() {
        // the server does not own the service
    }
}
