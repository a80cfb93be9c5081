package org.policyportal.insights;

import java.util.Arrays;
import java.util.Collection;

/**
 * Maps counts to five CSS heat classes by quantile of the non-zero values: {@code heat-0} for zero, then
 * {@code heat-1} to {@code heat-4} for the first to fourth quartile. Quantiles rather than linear steps keep one
 * very large cell from washing out the rest of a matrix.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeatScale {

    public static final int LEVELS = 4;

    private final long[] sorted;

    private HeatScale(long[] sorted) {
        this.sorted = sorted;
    }

    /** A scale over the given values (zeros are ignored when computing quantiles). */
    public static HeatScale of(Collection<Long> values) {
        return new HeatScale(values.stream().mapToLong(Long::longValue).filter(v -> v > 0).sorted().toArray());
    }

    /** 0 for zero, else 1..{@value #LEVELS} by the value's quantile among the non-zero values. */
    public int level(long value) {
        if (value <= 0 || sorted.length == 0) {
            return 0;
        }
        int below = lowerBound(value);
        // fraction of non-zero values strictly below this one, mapped onto LEVELS buckets
        return Math.min(LEVELS, 1 + (int) ((long) below * LEVELS / sorted.length));
    }

    /** The CSS class for a value: {@code heat-0} .. {@code heat-4}. */
    public String cssClass(long value) {
        return "heat-" + level(value);
    }

    private int lowerBound(long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}
