package org.policyportal.extract;

/**
 * Normalises extracted text: unifies spaces and line ends, trims each line, drops control characters and
 * collapses runs of blank lines, keeping single line breaks.
 *
 * <p>Precisely: CR LF and lone CR become LF; C0/C1 controls other than LF and tab, lone surrogates, U+FFFD and soft
 * hyphens are dropped; each run of spaces, tabs, no-break and typographic spaces (U+2000-U+200B, U+202F, U+205F,
 * U+3000) becomes one space; spaces next to a line break are dropped; three or more line breaks become two; the
 * result is {@link String#strip() stripped}. (This was four regular-expression replacements; one pass over the
 * characters does the same at a fraction of the cost, and every block of every file goes through here.)
 *
 * <p>Thread-safe: stateless.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    public static String clean(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n') {
                newLine(out);
            } else if (isSpace(c)) {
                space(out);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** A line break: the space before it goes, and at most two follow each other. */
    private static void newLine(StringBuilder out) {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(--len);
        }
        if (len < 2 || out.charAt(len - 1) != '\n' || out.charAt(len - 2) != '\n') {
            out.append('\n');
        }
    }

    /** A space: none after a line break or another space. */
    private static void space(StringBuilder out) {
        int len = out.length();
        if (len == 0 || (out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n')) {
            out.append(' ');
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /** Controls (other than line break and tab, handled before), lone surrogates, U+FFFD, soft hyphen. */
    private static boolean isDropped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\uFFFD' || c == '\u00AD';
    }
}
