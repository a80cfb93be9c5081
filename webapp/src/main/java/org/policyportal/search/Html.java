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

    /** Appends {@code text[start, end)} escaped to {@code out}. */
    static void appendEscaped(StringBuilder out, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
