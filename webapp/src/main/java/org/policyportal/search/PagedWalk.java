package org.policyportal.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@link ResultWalk} through {@link SearchService#search}, one search per page of {@value #PAGE} hits: the walk of
 * services that have no single ranking to hold (test doubles, decorators over such services). Each page is a
 * separate search, so a generation published mid-walk can shift later pages, and page {@code p} costs the collection
 * of {@code p * PAGE} hits.
 *
 * <p>Not thread-safe: one per request.
 */
final class PagedWalk implements ResultWalk {

    static final int PAGE = SearchLimits.MAX_SIZE;

    private final SearchService service;
    private final SearchRequest request;
    private final int cap;
    private final int snippets;
    private final SearchResult first;
    private final Deque<Hit> buffered = new ArrayDeque<>();
    private int page = 1;
    private int handedOut;
    private boolean lastPage;

    /** Runs the first page's search at once, so the total is known. */
    PagedWalk(SearchService service, SearchRequest request, int cap, int snippets) {
        this.service = service;
        this.request = new SearchRequest(request.query(), request.filters(), request.yearFrom(), request.yearTo(),
                request.mode(), request.sort(), 1, PAGE, 1);
        this.cap = cap;
        this.snippets = snippets;
        this.first = service.search(this.request);
        take(first);
    }

    @Override
    public long total() {
        return first.total();
    }

    @Override
    public List<String> notices() {
        return first.notices();
    }

    @Override
    public List<Hit> next(int n) {
        List<Hit> out = new ArrayList<>(Math.min(n, PAGE));
        while (out.size() < n && handedOut < cap) {
            if (buffered.isEmpty()) {
                if (lastPage) {
                    break;
                }
                take(service.search(request.withPage(++page)));
                if (buffered.isEmpty()) {
                    break;
                }
            }
            out.add(trimmed(buffered.poll()));
            handedOut++;
        }
        return out;
    }

    /** A document hit with at most {@code snippets} snippets; a clause hit keeps its one. */
    private Hit trimmed(Hit h) {
        if (h.clauseOrdinal() != null || h.snippets().size() <= snippets) {
            return h;
        }
        return new Hit(h.id(), h.path(), h.title(), h.country(), h.countryName(), h.issuingBody(), h.year(),
                h.language(), h.standards(), h.snippets().subList(0, snippets), h.url(), h.clauseOrdinal(),
                h.clauseRef(), h.headingPath(), h.score());
    }

    private void take(SearchResult result) {
        buffered.addAll(result.hits());
        lastPage = result.hits().size() < PAGE || (long) page * PAGE >= result.total()
                || (long) page * PAGE >= SearchLimits.MAX_WINDOW;
    }

    @Override
    public void close() {
        // every page was a finished search
    }
}
