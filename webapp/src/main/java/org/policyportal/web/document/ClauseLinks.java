package org.policyportal.web.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.document.Clause;
import org.policyportal.search.DocumentView;
import org.policyportal.web.Links;

/**
 * Where the document page links a clause: an anchor on the page when the clause is in the part shown, else the
 * page of the part holding it ({@code ?clause=n#clause-n}, keeping the query and projector mode). Links from
 * elsewhere ({@code /documents/{id}#clause-n}: search hits, citations, exports) carry only the anchor; portal.js
 * turns one whose clause is in another part into {@code ?clause=n}.
 *
 * <p>Immutable; thread-safe.
 */
final class ClauseLinks {

    private final Map<Integer, Integer> indexOfOrdinal;
    private final String base;
    private final DocumentParts parts;
    private final boolean large;

    private ClauseLinks(Map<Integer, Integer> indexOfOrdinal, String base, DocumentParts parts, boolean large) {
        this.indexOfOrdinal = indexOfOrdinal;
        this.base = base;
        this.parts = parts;
        this.large = large;
    }

    static ClauseLinks of(DocumentView view, String id, String q, DocumentParts parts, boolean large) {
        Map<Integer, Integer> index = new HashMap<>();
        List<Clause> clauses = view.document().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            index.put(clauses.get(i).ordinal(), i);
        }
        String base = "/documents/" + Links.encode(id) + "?" + (q.isEmpty() ? "" : "q=" + Links.encode(q) + "&");
        return new ClauseLinks(index, base, parts, large);
    }

    /** The list position of the clause numbered {@code ordinal}; when there is none, {@code ordinal - 1}. */
    static int indexOf(DocumentView view, int ordinal) {
        List<Clause> clauses = view.document().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).ordinal() == ordinal) {
                return i;
            }
        }
        return ordinal - 1;
    }

    DocumentParts parts() {
        return parts;
    }

    /** The link to the clause numbered {@code ordinal}. */
    String href(int ordinal) {
        Integer i = indexOfOrdinal.get(ordinal);
        if (i == null || parts.shows(i)) {
            return "#clause-" + ordinal;
        }
        return Links.keepLarge(base + "clause=" + ordinal + "#clause-" + ordinal, large);
    }

    List<ClauseLink> all(List<Integer> ordinals) {
        return ordinals.stream().map(o -> new ClauseLink(o, href(o))).toList();
    }

    /** The parts navigation; empty when the document is shown whole. */
    List<PartLink> partLinks() {
        return parts.parts().stream().map(p -> new PartLink(p.number(), p.first(), p.last(), p.current(),
                Links.keepLarge(base + "part=" + p.number(), large))).toList();
    }

    /** A link to one clause. */
    record ClauseLink(int ordinal, String href) {
    }

    /**
     * A link to one part.
     *
     * @param first 1-based position of its first clause
     * @param last  1-based position of its last clause
     */
    record PartLink(int number, int first, int last, boolean current, String url) {
    }
}
