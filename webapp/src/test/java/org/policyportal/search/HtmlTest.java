package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void everySpecialCharacterBecomesItsEntityAndTheRunsBetweenStayWhole() {
        assertThat(Html.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(Html.escape("<>")).isEqualTo("&lt;&gt;");
        assertThat(Html.escape("plain text")).isEqualTo("plain text");
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void aRangeIsEscapedAloneAndAppendedAfterWhatTheBuilderHolds() {
        StringBuilder out = new StringBuilder("x");
        Html.appendEscaped(out, "ab<cd>ef", 1, 7);
        assertThat(out).hasToString("xb&lt;cd&gt;e");
        Html.appendEscaped(out, "ab", 1, 1);
        assertThat(out).hasToString("xb&lt;cd&gt;e");
    }
}
