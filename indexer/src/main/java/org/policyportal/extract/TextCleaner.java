package org.policyportal.extract;

import java.util.regex.Pattern;

/**
 * Normalises extracted text: unifies spaces and line ends, trims each line, drops control characters and
 * collapses runs of blank lines, keeping single line breaks.
 *
 * <p>Thread-safe: stateless.
 */
public final class TextCleaner {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}|\\uFFFD|\\u00AD");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern LINE_EDGES = Pattern.compile(" *\\n *");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private TextCleaner() {
    }

    public static String clean(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t = CONTROL.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ");
        t = LINE_EDGES.matcher(t).replaceAll("\n");
        t = BLANK_RUNS.matcher(t).replaceAll("\n\n");
        return t.strip();
    }
}
