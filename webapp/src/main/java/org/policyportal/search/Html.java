package org.policyportal.search;

/**
 * HTML escaping for text that ends up inside snippets and highlighted clauses.
 *
 * <p>Thread-safe: stateless.
 */
final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '} so the result is safe as element content and in quoted attributes. */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, 0, text.length());
        return out.toString();
    }

    /**
     * Appends {@code text[start, end)} escaped to {@code out}. Runs of characters that need no escaping are
     * appended whole: one append per character was 2 % of search CPU (JFR, 20,000 documents, 2 clients).
     */
    static void appendEscaped(StringBuilder out, CharSequence text, int start, int end) {
        int run = start;
        for (int i = start; i < end; i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, run, i).append(entity);
                run = i + 1;
            }
        }
        out.append(text, run, end);
    }
}
