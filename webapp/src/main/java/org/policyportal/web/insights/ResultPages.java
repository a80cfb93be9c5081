package org.policyportal.web.insights;

import java.io.IOException;
import java.util.List;
import org.policyportal.search.Hit;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;

/**
 * Walks a result list page by page (100 hits a page) up to a cap, handing each hit to a consumer as soon as its
 * page arrives, so exports stream instead of holding the whole list. The first page is fetched on construction so
 * the total and whether the cap applies are known before anything is written.
 *
 * <p>Not thread-safe: one per request. Each page is a separate search, so a new index generation published
 * mid-walk can shift later pages.
 */
final class ResultPages {

    static final int PAGE = 100;

    /** Receives hits in result order; numbered from 1. */
    @FunctionalInterface
    interface HitConsumer {
        void accept(int row, Hit hit) throws IOException;
    }

    private final SearchService service;
    private final SearchRequest request;
    private final int cap;
    private final SearchResult first;

    ResultPages(SearchService service, SearchRequest request, int cap) {
        this.service = service;
        this.request = new SearchRequest(request.query(), request.filters(), request.yearFrom(), request.yearTo(),
                request.mode(), request.sort(), 1, PAGE, 1);
        this.cap = cap;
        this.first = service.search(this.request);
    }

    long total() {
        return first.total();
    }

    boolean capped() {
        return first.total() > cap;
    }

    int cap() {
        return cap;
    }

    /** Notices from parsing the query (how a malformed query was read). */
    List<String> notices() {
        return first.notices();
    }

    /** Feeds every hit up to the cap; returns how many were fed. */
    int forEach(HitConsumer consumer) throws IOException {
        int row = 0;
        SearchResult page = first;
        for (int p = 1; ; p++) {
            for (Hit hit : page.hits()) {
                if (row >= cap) {
                    return row;
                }
                consumer.accept(++row, hit);
            }
            if (row >= cap || page.hits().size() < PAGE || (long) p * PAGE >= page.total()) {
                return row;
            }
            page = service.search(request.withPage(p + 1));
        }
    }
}
