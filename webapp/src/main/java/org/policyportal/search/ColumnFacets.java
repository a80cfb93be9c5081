package org.policyportal.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts of one set of hits, counted by {@link FacetColumns}. Answers {@link #getAllChildren} as
 * {@code SortedSetDocValuesFacetCounts} does (children with a count, in ordinal order, i.e. by value; null for a
 * path no document has); the top-N and all-dimension queries are not used by the portal and not offered.
 *
 * <p>Immutable; thread-safe.
 */
final class ColumnFacets extends Facets {

    private final FacetColumns columns;
    private final int[] counts;

    ColumnFacets(FacetColumns columns, int[] counts) {
        this.columns = columns;
        this.counts = counts;
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        String[] full = new String[path.length + 1];
        full[0] = dim;
        System.arraycopy(path, 0, full, 1, path.length);
        int[] kids = columns.children(full);
        if (kids.length == 0) {
            return null;
        }
        List<LabelAndValue> values = new ArrayList<>();
        int sum = 0;
        for (int o : kids) {
            if (counts[o] > 0) {
                values.add(new LabelAndValue(columns.label(o), counts[o]));
                sum += counts[o];
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        int own = columns.ordinal(full);
        return new FacetResult(dim, path, own >= 0 ? counts[own] : sum, values.toArray(LabelAndValue[]::new),
                values.size());
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        throw new UnsupportedOperationException("the portal ranks facet values itself: use getAllChildren");
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        throw new UnsupportedOperationException("not used by the portal");
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        throw new UnsupportedOperationException("not used by the portal");
    }
}
