package org.policyportal.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence in depth for snippet HTML: the search service promises text that is escaped except for
 * {@code <mark>}/{@code </mark>}; this keeps exactly those two tags and escapes any other angle bracket or quote,
 * so a bug upstream cannot become script injection. Well-formed input passes through unchanged.
 */
public final class SnippetHtml {

    private static final Pattern MARK = Pattern.compile("</?mark>");

    private SnippetHtml() {
    }

    public static String markOnly(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        Matcher m = MARK.matcher(html);
        int last = 0;
        while (m.find()) {
            escapeBrackets(html, last, m.start(), out);
            out.append(m.group());
            last = m.end();
        }
        escapeBrackets(html, last, html.length(), out);
        return out.toString();
    }

    private static void escapeBrackets(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
