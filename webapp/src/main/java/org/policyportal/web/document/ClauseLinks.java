package org.policyportal.web.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final Map<Integer, Integer> positionOf;
    private final String base;
    private final DocumentParts parts;
    private final boolean large;

    private ClauseLinks(Map<Integer, Integer> positionOf, String base, DocumentParts parts, boolean large) {
        this.positionOf = positionOf;
        this.base = base;
        this.parts = parts;
        this.large = large;
    }

    /**
     * Each clause's list position by its number. Numbers run 1, 2, 3 ... as the indexer writes them, but the map
     * does not rely on it.
     *
     * @param ordinals every clause's number, in document order ({@link DocumentView#ordinals()})
     */
    static Map<Integer, Integer> positions(List<Integer> ordinals) {
        Map<Integer, Integer> positions = new HashMap<>();
        for (int i = 0; i < ordinals.size(); i++) {
            positions.put(ordinals.get(i), i);
        }
        return positions;
    }

    /** @param positions list position by clause number ({@link #positions}) */
    static ClauseLinks of(Map<Integer, Integer> positions, String id, String q, DocumentParts parts, boolean large) {
        String base = "/documents/" + Links.encode(id) + "?" + (q.isEmpty() ? "" : "q=" + Links.encode(q) + "&");
        return new ClauseLinks(Map.copyOf(positions), base, parts, large);
    }

    DocumentParts parts() {
        return parts;
    }

    /** The link to the clause numbered {@code ordinal}. */
    String href(int ordinal) {
        Integer i = positionOf.get(ordinal);
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
