package org.policyportal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as HTML in which everything is escaped and only {@code <mark>}/{@code </mark>}
 * are markup. Overlapping matches are merged so tags always nest correctly. Cut text is marked with "…".
 *
 * <p>Thread-safe: stateless.
 */
final class EscapingPassageFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        // String.strip's bounds without its copies of the whole clause (every whitespace char is in the BMP)
        int contentStart = 0;
        while (contentStart < content.length() && Character.isWhitespace(content.charAt(contentStart))) {
            contentStart++;
        }
        int contentEnd = content.length();
        while (contentEnd > 0 && Character.isWhitespace(content.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        int last = -1;
        for (Passage p : passages) {
            if (last < 0 ? p.getStartOffset() > contentStart : p.getStartOffset() > last) {
                out.append(last < 0 ? ELLIPSIS : " " + ELLIPSIS + " ");
            }
            int at = p.getStartOffset();
            int[] starts = p.getMatchStarts();
            int[] ends = p.getMatchEnds();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(starts[i], at);
                int end = Math.min(ends[i], p.getEndOffset());
                while (i + 1 < p.getNumMatches() && starts[i + 1] <= end) {
                    end = Math.max(end, Math.min(ends[++i], p.getEndOffset()));
                }
                if (end <= start) {
                    continue;
                }
                Html.appendEscaped(out, content, at, start);
                out.append("<mark>");
                Html.appendEscaped(out, content, start, end);
                out.append("</mark>");
                at = end;
            }
            Html.appendEscaped(out, content, at, p.getEndOffset());
            last = p.getEndOffset();
        }
        String html = out.toString().strip();
        return last >= 0 && last < contentEnd ? html + ELLIPSIS : html;
    }
}
