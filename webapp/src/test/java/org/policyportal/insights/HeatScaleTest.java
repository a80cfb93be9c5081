package org.policyportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatScaleTest {

    @Test
    void zeroIsColdAndQuartilesOfNonZeroValuesMapToFourLevels() {
        HeatScale h = HeatScale.of(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
        assertThat(h.cssClass(0)).isEqualTo("heat-0");
        assertThat(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L).stream().map(h::level).toList())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
    }

    @Test
    void equalValuesShareALevelAndASingleValueIsLowest() {
        assertThat(HeatScale.of(List.of(5L, 5L, 5L)).level(5)).isEqualTo(1);
        assertThat(HeatScale.of(List.of()).level(3)).isZero();
    }
}
