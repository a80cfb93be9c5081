package org.policyportal.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Rows of global facet ordinals, each row stored once: row {@code r} holds the ordinals at positions
 * {@code start(r)} to {@code end(r) - 1}. Ordinals take 2 bytes each while every ordinal fits a char, else 4.
 *
 * <p>Immutable once built; thread-safe.
 */
final class OrdinalRows {

    private final int[] starts;
    private final char[] small;
    private final int[] large;

    private OrdinalRows(int[] starts, char[] small, int[] large) {
        this.starts = starts;
        this.small = small;
        this.large = large;
    }

    /** Distinct rows, numbered in order of first {@link Builder#intern}. */
    static Builder builder(int distinctOrdinals) {
        return new Builder(distinctOrdinals);
    }

    /** Number of rows. */
    int rows() {
        return starts.length - 1;
    }

    /** Position of the first ordinal of {@code row}. */
    int start(int row) {
        return starts[row];
    }

    /** Position after the last ordinal of {@code row}. */
    int end(int row) {
        return starts[row + 1];
    }

    /** The ordinal at position {@code i}. */
    int ordAt(int i) {
        return small != null ? small[i] : large[i];
    }

    /** Adds {@code times} to the count of every ordinal of {@code row}. */
    void add(int row, int times, int[] counts) {
        if (times == 0) {
            return;
        }
        int end = starts[row + 1];
        if (small != null) {
            for (int i = starts[row]; i < end; i++) {
                counts[small[i]] += times;
            }
        } else {
            for (int i = starts[row]; i < end; i++) {
                counts[large[i]] += times;
            }
        }
    }

    /** Adds {@code times} to the count of every ordinal of {@code row} from {@code from} to {@code to - 1}. */
    void addWithin(int row, int times, int from, int to, int[] counts) {
        if (times == 0) {
            return;
        }
        for (int i = starts[row], end = starts[row + 1]; i < end; i++) {
            int o = small != null ? small[i] : large[i];
            if (o >= from && o < to) {
                counts[o] += times;
            }
        }
    }

    /** Collects distinct rows; not thread-safe. */
    static final class Builder {
        private final boolean small;
        private final Map<Key, Integer> ids = new HashMap<>();
        private int[] starts = new int[64];
        private int[] values = new int[256];
        private int rows;
        private int size;

        private Builder(int distinctOrdinals) {
            this.small = distinctOrdinals <= Character.MAX_VALUE + 1;
        }

        /** The number of the row of the first {@code n} ordinals of {@code ords}, added if not seen before. */
        int intern(int[] ords, int n) {
            Key probe = new Key(ords, n);
            Integer id = ids.get(probe);
            if (id == null) {
                id = add(ords, n);
                ids.put(probe.copy(), id);
            }
            return id;
        }

        private int add(int[] ords, int n) {
            if (rows + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            if (size + n > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + n));
            }
            starts[rows] = size;
            System.arraycopy(ords, 0, values, size, n);
            size += n;
            return rows++;
        }

        OrdinalRows build() {
            int[] s = Arrays.copyOf(starts, rows + 1);
            s[rows] = size;
            if (!small) {
                return new OrdinalRows(s, null, Arrays.copyOf(values, size));
            }
            char[] c = new char[size];
            for (int i = 0; i < size; i++) {
                c[i] = (char) values[i];
            }
            return new OrdinalRows(s, c, null);
        }
    }

    /** The first {@code n} ordinals of an array, as a hash key; the array must not change while it is a key. */
    private static final class Key {
        private final int[] ords;
        private final int n;
        private final int hash;

        Key(int[] ords, int n) {
            this.ords = ords;
            this.n = n;
            int h = n;
            for (int i = 0; i < n; i++) {
                h = 31 * h + ords[i];
            }
            this.hash = h;
        }

        /** A key that owns its values, for keeping in the map (the probe's array is reused). */
        Key copy() {
            return new Key(Arrays.copyOf(ords, n), n);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key v && v.n == n && Arrays.equals(ords, 0, n, v.ords, 0, n);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
