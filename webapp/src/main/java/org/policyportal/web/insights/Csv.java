package org.policyportal.web.insights;

/**
 * CSV cell hygiene for spreadsheets: a value starting with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe so no spreadsheet evaluates it as a formula (CSV injection). Quoting is the CSV
 * printer's job. Stateless and thread-safe.
 */
final class Csv {

    private Csv() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    /** Snippet HTML (escaped text with {@code <mark>}) back to plain text. */
    static String plain(String html) {
        return html == null ? "" : html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
