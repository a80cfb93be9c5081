package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Doc id to value set lookups across word boundaries, for rows and non-rows, with small and large set ids. */
class DocSetsTest {

    @Test
    void rowsFindTheirSetsAndOtherDocsNone() {
        DocSets.Builder b = new DocSets.Builder(200);
        b.add(0, 5);
        b.add(63, 1);
        b.add(64, 1);
        b.add(130, 0);
        b.add(199, 7);
        DocSets sets = b.build();

        assertThat(sets.rows()).isEqualTo(5);
        assertThat(new int[] {sets.setOf(0), sets.setOf(63), sets.setOf(64), sets.setOf(130), sets.setOf(199)})
                .containsExactly(5, 1, 1, 0, 7);
        assertThat(new int[] {sets.setOf(1), sets.setOf(62), sets.setOf(65), sets.setOf(129), sets.setOf(198)})
                .containsOnly(-1);
    }

    @Test
    void setIdsAboveTheCharRangeAreKept() {
        DocSets.Builder b = new DocSets.Builder(3);
        b.add(1, 70_000);
        b.add(2, 3);
        DocSets sets = b.build();

        assertThat(sets.setOf(1)).isEqualTo(70_000);
        assertThat(sets.setOf(2)).isEqualTo(3);
        assertThat(sets.setOf(0)).isEqualTo(-1);
    }

    @Test
    void rowsOutOfOrderAreRefused() {
        DocSets.Builder b = new DocSets.Builder(10);
        b.add(4, 0);

        assertThatThrownBy(() -> b.add(4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyReaderHasNoRows() {
        DocSets sets = new DocSets.Builder(0).build();

        assertThat(sets.rows()).isZero();
    }
}
