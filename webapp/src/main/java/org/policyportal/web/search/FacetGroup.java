package org.policyportal.web.search;

import java.util.List;
import org.policyportal.search.FacetValue;

/**
 * One facet dimension as the filter column shows it.
 *
 * @param dim          dimension name (URL parameter)
 * @param label        heading
 * @param values       the values shown (top ones unless expanded)
 * @param hiddenCount  values left out; when positive the template offers {@code expandUrl}
 * @param expandUrl    link that shows more values of this dimension
 * @param hierarchical values carry children (standard: category, then standards)
 * @param open         the group starts expanded (it has a selection)
 */
public record FacetGroup(String dim, String label, List<FacetValue> values, int hiddenCount, String expandUrl,
                         boolean hierarchical, boolean open) {

    public FacetGroup {
        values = List.copyOf(values);
    }

    static FacetGroup of(String dim, List<FacetValue> all, SearchState state) {
        int visible = Math.min(all.size(), state.visibleValues(dim));
        boolean hierarchical = all.stream().anyMatch(v -> !v.children().isEmpty());
        boolean open = state.filters().containsKey(dim) || all.stream().anyMatch(FacetValue::selected);
        return new FacetGroup(dim, Dimensions.label(dim), all.subList(0, visible), all.size() - visible,
                state.expand(dim), hierarchical, open);
    }
}
