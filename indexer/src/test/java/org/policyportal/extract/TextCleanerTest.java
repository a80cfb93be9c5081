package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void normalisesSpacesLineEndsAndControls() {
        assertThat(TextCleaner.clean("  a\u00A0\u00A0b \r\n\r\n\r\n\r\n c\u0000d\u00ADe\uFFFD \t\n"))
                .isEqualTo("a b\n\ncde");
    }

    @Test
    void keepsSingleLineBreaksAndTrimsLines() {
        assertThat(TextCleaner.clean("line one   \n   line two\rline three")).isEqualTo("line one\nline two\nline three");
    }

    @Test
    void keepsAccentsAndTypographicPunctuation() {
        assertThat(TextCleaner.clean("Behörde „alle“ – café €")).isEqualTo("Behörde „alle“ – café €");
    }

    @Test
    void blankBecomesEmpty() {
        assertThat(TextCleaner.clean(" \n\t \u200B ")).isEmpty();
    }
}
