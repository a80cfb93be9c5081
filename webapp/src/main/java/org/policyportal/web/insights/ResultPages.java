package org.policyportal.web.insights;

import java.io.IOException;
import java.util.List;
import org.policyportal.search.Hit;
import org.policyportal.search.ResultWalk;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchService;

/**
 * Hands a search's hits, up to a cap, to a consumer a page ({@value #PAGE} hits) at a time as they are read, so
 * exports stream instead of holding the whole list. The search is ranked on construction ({@link
 * SearchService#walk}), so the total and whether the cap applies are known before anything is written, and every
 * row comes from that one ranking.
 *
 * <p>Not thread-safe: one per request. Close it when the response is written.
 */
final class ResultPages implements AutoCloseable {

    static final int PAGE = 100;

    /** Receives hits in result order; numbered from 1. */
    @FunctionalInterface
    interface HitConsumer {
        void accept(int row, Hit hit) throws IOException;
    }

    private final ResultWalk walk;
    private final int cap;

    /** @param snippets how many snippets each document hit needs (clause hits always carry their clause) */
    ResultPages(SearchService service, SearchRequest request, int cap, int snippets) {
        this.walk = service.walk(request, cap, snippets);
        this.cap = cap;
    }

    long total() {
        return walk.total();
    }

    boolean capped() {
        return walk.total() > cap;
    }

    int cap() {
        return cap;
    }

    /** Feeds every hit up to the cap; returns how many were fed. */
    int forEach(HitConsumer consumer) throws IOException {
        int row = 0;
        for (List<Hit> page = walk.next(PAGE); !page.isEmpty(); page = walk.next(PAGE)) {
            for (Hit hit : page) {
                consumer.accept(++row, hit);
            }
        }
        return row;
    }

    @Override
    public void close() {
        walk.close();
    }
}
