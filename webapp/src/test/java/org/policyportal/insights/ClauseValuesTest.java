package org.policyportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyportal.standards.Strength;

class ClauseValuesTest {

    private static final CompareAxes BY_STANDARD = CompareAxes.parse("country", "standard");
    private static final CompareAxes BY_CATEGORY = CompareAxes.parse("country", "category");

    private static List<List<String>> set(List<String>... paths) {
        return List.of(paths);
    }

    @Test
    void readsRowYearAndTheOneStrengthOfEveryStandard() {
        ClauseValues v = ClauseValues.of(set(List.of("country", "NL"), List.of("issuingBody", "Logius"),
                List.of("year", "2021"), List.of("standard", "email"), List.of("standard", "email", "dmarc"),
                List.of("standard", "email", "spf"), List.of("strength", "recommended")), BY_STANDARD);
        assertThat(v).isEqualTo(new ClauseValues("NL", 2021,
                Map.of("dmarc", Strength.RECOMMENDED, "spf", Strength.RECOMMENDED)));
    }

    @Test
    void rowsByIssuingBodyReadThatDimension() {
        ClauseValues v = ClauseValues.of(set(List.of("country", "NL"), List.of("issuingBody", "Logius"),
                List.of("standard", "crypto", "tls"), List.of("strength", "required")),
                CompareAxes.parse("issuingBody", "standard"));
        assertThat(v).isEqualTo(new ClauseValues("Logius", null, Map.of("tls", Strength.REQUIRED)));
    }

    @Test
    void oneColumnWithSeveralStrengthsTakesTheStrongest() {
        ClauseValues v = ClauseValues.of(set(List.of("country", "DE"), List.of("standard", "crypto", "tls"),
                List.of("strength", "mentioned"), List.of("strength", "recommended")), BY_STANDARD);
        assertThat(v.strongestByColumn()).isEqualTo(Map.of("tls", Strength.RECOMMENDED));
    }

    @Test
    void severalColumnsWithSeveralStrengthsCannotBeToldApart() {
        List<List<String>> values = set(List.of("country", "NL"), List.of("standard", "crypto", "tls"),
                List.of("standard", "email", "dmarc"), List.of("strength", "required"),
                List.of("strength", "mentioned"));
        assertThat(ClauseValues.of(values, BY_STANDARD).strongestByColumn()).isNull();
        assertThat(ClauseValues.of(values, BY_CATEGORY).strongestByColumn()).isNull();
    }

    @Test
    void standardsOfOneCategoryAreOneCategoryColumn() {
        ClauseValues v = ClauseValues.of(set(List.of("country", "NL"), List.of("standard", "email", "dmarc"),
                List.of("standard", "email", "spf"), List.of("strength", "required"),
                List.of("strength", "mentioned")), BY_CATEGORY);
        assertThat(v.strongestByColumn()).isEqualTo(Map.of("email", Strength.REQUIRED));
    }

    @Test
    void aYearThatIsNotANumberIsUnknownAndNoStandardMeansNoColumns() {
        ClauseValues v = ClauseValues.of(set(List.of("country", "FR"), List.of("year", "unknown")), BY_STANDARD);
        assertThat(v).isEqualTo(new ClauseValues("FR", null, null));
    }
}
