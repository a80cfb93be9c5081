package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
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

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}|\\uFFFD|\\u00AD");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern LINE_EDGES = Pattern.compile(" *\\n *");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    /** The rules as the regular-expression replacements they once were, applied in order. */
    private static String byRegex(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t = CONTROL.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ");
        t = LINE_EDGES.matcher(t).replaceAll("\n");
        t = BLANK_RUNS.matcher(t).replaceAll("\n\n");
        return t.strip();
    }

    @Test
    void sameAsTheRegularExpressionRules() {
        String[] pieces = {"a", "Wort", "é", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2003", "\u200B",
            "\u202F", "\u3000", "\u0000", "\u0007", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u00AD",
            "\uFFFD", "\uD835\uDC00", "\uD800", "\uDC00", "\u2028", "\u1680", "-", "."};
        Random r = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(TextCleaner.clean(text)).as("%s", text.codePoints().boxed().toList()).isEqualTo(byRegex(text));
        }
    }
}
