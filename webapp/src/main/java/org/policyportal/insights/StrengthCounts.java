package org.policyportal.insights;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.policyportal.standards.Strength;

/**
 * Counts split by the strongest strength with which a standard is demanded.
 *
 * @param required    counted items whose strongest mention requires the standard
 * @param recommended ... recommends it
 * @param mentioned   ... only mentions it
 */
public record StrengthCounts(long required, long recommended, long mentioned) {

    public static StrengthCounts zero() {
        return new StrengthCounts(0, 0, 0);
    }

    @JsonProperty("total")
    public long total() {
        return required + recommended + mentioned;
    }

    /** These counts with one more item of strength {@code s}. */
    public StrengthCounts plus(Strength s) {
        return switch (s) {
            case REQUIRED -> new StrengthCounts(required + 1, recommended, mentioned);
            case RECOMMENDED -> new StrengthCounts(required, recommended + 1, mentioned);
            case MENTIONED -> new StrengthCounts(required, recommended, mentioned + 1);
        };
    }
}
