package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FacetLimitTest {

    private static final List<FacetValue> VALUES = List.of(
            FacetValue.leaf("d", "delta", 3, false),
            FacetValue.leaf("a", "Alpha", 1, false),
            FacetValue.leaf("e", "echo", 5, false),
            FacetValue.leaf("b", "bravo", 3, false),
            FacetValue.leaf("z", "zulu", 1, true),
            FacetValue.leaf("c", "Charlie", 3, false),
            FacetValue.leaf("y", "yankee", 0, false));

    private static List<String> values(List<FacetValue> kept) {
        return kept.stream().map(FacetValue::value).toList();
    }

    @Test
    void theTopValuesComeByCountThenLabelIgnoringCaseAndSelectedOnesFollowBeyondTheLimit() {
        assertThat(values(FacetAssembler.limit(VALUES, 2))).containsExactly("e", "b", "z");
        assertThat(values(FacetAssembler.limit(VALUES, 4))).containsExactly("e", "b", "c", "d", "z");
        assertThat(values(FacetAssembler.limit(VALUES, 5))).containsExactly("e", "b", "c", "d", "a", "z");
    }

    @Test
    void aLimitAtOrAboveTheNumberOfValuesKeepsThemAllAndZeroKeepsOnlyTheSelected() {
        assertThat(values(FacetAssembler.limit(VALUES, 7))).containsExactly("e", "b", "c", "d", "a", "z", "y");
        assertThat(values(FacetAssembler.limit(VALUES, 20))).hasSize(7);
        assertThat(values(FacetAssembler.limit(VALUES, 0))).containsExactly("z");
    }

    @Test
    void aCategoryWithASelectedChildIsKeptBeyondTheLimit() {
        FacetValue category = new FacetValue("cat", "Category", 0, false,
                List.of(FacetValue.leaf("s", "standard", 0, true)));
        List<FacetValue> all = List.of(FacetValue.leaf("x", "x", 9, false), category);
        assertThat(values(FacetAssembler.limit(all, 1))).containsExactly("x", "cat");
    }
}
