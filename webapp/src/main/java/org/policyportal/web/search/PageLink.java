package org.policyportal.web.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One pagination link. {@code gap} entries render as an ellipsis.
 */
public record PageLink(int number, String url, boolean current, boolean gap) {

    /** First, last and two either side of the current page, with gaps between. */
    static List<PageLink> around(SearchState state, int current, int pageCount) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        // a sorted set of at most seven pages; never loops over all pages (clause mode can have thousands)
        java.util.TreeSet<Integer> pages = new java.util.TreeSet<>();
        pages.add(1);
        pages.add(pageCount);
        for (int p = Math.max(1, current - 2); p <= Math.min(pageCount, current + 2); p++) {
            pages.add(p);
        }
        for (int p : pages) {
            if (last != 0 && p > last + 1) {
                links.add(new PageLink(0, "", false, true));
            }
            links.add(new PageLink(p, state.withPage(p), p == current, false));
            last = p;
        }
        return links;
    }
}
