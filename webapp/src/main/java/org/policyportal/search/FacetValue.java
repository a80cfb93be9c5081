package org.policyportal.search;

import java.util.List;

/**
 * One facet value with its exact count. With drill-sideways, counts of a dimension that has selections are
 * computed as if that dimension's own selection were removed (so other values show what OR would add).
 *
 * @param value    the value used in URLs (country code, standard id ...)
 * @param label    what people read (country name, standard label ...)
 * @param count    matching documents (document mode) or clauses (clause mode)
 * @param selected the value is a current filter
 * @param children sub-values for hierarchical dimensions (standard: category, then standards), else empty
 */
public record FacetValue(String value, String label, long count, boolean selected, List<FacetValue> children) {

    public FacetValue {
        children = List.copyOf(children);
    }

    public static FacetValue leaf(String value, String label, long count, boolean selected) {
        return new FacetValue(value, label, count, selected, List.of());
    }
}
