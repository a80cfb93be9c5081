package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdinalRowsTest {

    @Test
    void equalRowsGetOneNumberAndTheProbeArrayMayBeReused() {
        OrdinalRows.Builder b = OrdinalRows.builder(10);
        int[] scratch = {1, 4, 7};
        int first = b.intern(scratch, 3);
        int prefix = b.intern(scratch, 2);
        scratch[0] = 2;
        int other = b.intern(scratch, 3);
        int again = b.intern(new int[] {1, 4, 7, 9}, 3);
        int empty = b.intern(scratch, 0);
        OrdinalRows rows = b.build();

        assertThat(new int[] {first, prefix, other, again, empty}).containsExactly(0, 1, 2, 0, 3);
        assertThat(rows.rows()).isEqualTo(4);
        assertThat(rows.end(0) - rows.start(0)).isEqualTo(3);
        assertThat(rows.end(3) - rows.start(3)).isZero();
        assertThat(rows.ordAt(rows.start(2))).isEqualTo(2);
    }

    @Test
    void addsTimesToEveryOrdinalOfARow() {
        OrdinalRows.Builder b = OrdinalRows.builder(6);
        b.intern(new int[] {0, 3}, 2);
        b.intern(new int[] {3, 5}, 2);
        OrdinalRows rows = b.build();
        int[] counts = new int[6];

        rows.add(0, 2, counts);
        rows.add(1, 5, counts);
        rows.add(1, 0, counts);

        assertThat(counts).containsExactly(2, 0, 0, 7, 0, 5);
    }

    @Test
    void addsWithinARangeOnly() {
        OrdinalRows.Builder b = OrdinalRows.builder(6);
        b.intern(new int[] {0, 2, 3, 5}, 4);
        OrdinalRows rows = b.build();
        int[] counts = new int[6];

        rows.addWithin(0, 3, 2, 5, counts);
        rows.addWithin(0, 0, 0, 6, counts);

        assertThat(counts).containsExactly(0, 0, 3, 3, 0, 0);
    }

    @Test
    void ordinalsBeyondACharAreKeptWhole() {
        OrdinalRows.Builder b = OrdinalRows.builder(70_000);
        b.intern(new int[] {65_535, 69_999}, 2);
        OrdinalRows rows = b.build();
        int[] counts = new int[70_000];

        rows.add(0, 1, counts);

        assertThat(rows.ordAt(0)).isEqualTo(65_535);
        assertThat(rows.ordAt(1)).isEqualTo(69_999);
        assertThat(counts[69_999]).isEqualTo(1);
    }
}
