package org.policyportal.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.mime.MediaType;

/**
 * Names the type of the plain cases (HTML, Markdown and text files that look like what their names say) from the
 * file name and its first bytes, so that Tika's magic detection runs only on the rest. Tika evaluates hundreds of
 * magic rules over the first 64 KB of every file; on 10,000 generated HTML, Markdown and text files that was 28 %
 * of the indexer's CPU (JFR).
 *
 * <p>The contract: an answer is the file's name type, given only when the first bytes are text (no control bytes, no
 * byte-order mark but UTF-8's) that opens the way such a file does: HTML with a doctype, {@code <html>} or a
 * {@code <div>} element and no sign of XHTML, or XHTML (its own type, as Tika names it) with an XML declaration and
 * an {@code html} root in the XHTML namespace; Markdown and text with a letter or digit, Markdown also with a
 * heading, list, table or front-matter mark; neither with a mail-header line. Anything else gets {@code null} and
 * Tika decides, so a PDF named {@code .html}, binary data named {@code .txt} or HTML named {@code .txt} are still
 * found out. On all of corpus-real and on 10,000 generated files every answer equals Tika's
 * ({@code QuickDetectorRealCorpusIT}). They differ by design where Tika's magic takes prose for something else: to
 * Tika a text that opens with "Article" is a Usenet article.
 *
 * <p>Thread-safe: stateless.
 */
final class QuickDetector {

    /** How much of the file's start to look at. */
    static final int HEAD_BYTES = 8192;

    static final MediaType HTML = MediaType.parse("text/html");
    static final MediaType MARKDOWN = MediaType.parse("text/markdown");
    static final MediaType TEXT = MediaType.TEXT_PLAIN;
    static final MediaType XHTML = MediaType.application("xhtml+xml");

    /** The default namespace declaration of an XHTML root element, either quote. */
    private static final Pattern XHTML_NAMESPACE =
            Pattern.compile("\\sxmlns\\s*=\\s*([\"'])http://www\\.w3\\.org/1999/xhtml\\1");

    /** Besides letters and digits, how Markdown files open: headings, front matter, lists, tables, quotes. */
    private static final String MARKDOWN_STARTS = "#-*|>_";

    /** A first line like {@code From: ...} or {@code MIME-Version: 1.0}: Tika may call it mail. */
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:");

    /**
     * The type of a file called {@code name} whose first bytes (up to {@value #HEAD_BYTES}, fewer in a shorter
     * file) are {@code head}, or null when Tika must decide.
     */
    MediaType detect(String name, byte[] head) {
        int length = head.length;
        MediaType byName = byName(name);
        if (byName == null || length == 0) {
            return null;
        }
        int start = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            // control bytes other than tab, line feed, form feed and carriage return: binary, or UTF-16/32
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F || b == 0xFE || b == 0xFF) {
                return null;
            }
        }
        while (start < length && Character.isWhitespace(head[start])) {
            start++;
        }
        if (start == length) {
            return null;
        }
        String opening = new String(head, start, length - start, StandardCharsets.UTF_8);
        if (byName == HTML) {
            // XHTML (Tika: application/xhtml+xml) declares its namespace or an XHTML doctype near the top
            String lower = opening.toLowerCase(Locale.ROOT);
            boolean xhtml = lower.contains("<?xml") || lower.contains("/1999/xhtml") || lower.contains("dtd xhtml");
            if (xhtml) {
                return isXhtmlDocument(opening) ? XHTML : null;
            }
            boolean html = lower.startsWith("<!doctype html") || lower.startsWith("<html") || isDivFragment(lower);
            return html ? HTML : null;
        }
        char first = opening.charAt(0);
        boolean plainStart = Character.isLetterOrDigit(first)
                || byName == MARKDOWN && MARKDOWN_STARTS.indexOf(first) >= 0 && !opening.startsWith("#!")
                && !opening.startsWith("-----BEGIN");
        return plainStart && !HEADER_LINE.matcher(opening).find() ? byName : null;
    }

    /**
     * Whether the opening is an XML declaration, then at most a doctype, then an {@code html} root element in the
     * XHTML namespace: the shape Tika's XML root check names XHTML. Anything looser (an HTML5 doctype with the
     * namespace, no declaration, a comment first) is left to Tika. Declaration and doctype are matched ignoring
     * case, the namespace exactly, as XML compares it. Of the 586 corpus-real HTML files the quick path used to
     * leave to Tika, 388 have this shape; in an extraction worker on the non-PDF files, Tika's detection fell from
     * 15.4 % to 10.1 % of the CPU samples.
     */
    private static boolean isXhtmlDocument(String opening) {
        if (!opening.regionMatches(true, 0, "<?xml", 0, 5)) {
            return false;
        }
        int at = opening.indexOf("?>");
        if (at < 0) {
            return false;
        }
        at = skipSpace(opening, at + 2);
        if (opening.regionMatches(true, at, "<!doctype html", 0, 14)) {
            int end = opening.indexOf('>', at);
            if (end < 0) {
                return false;
            }
            at = skipSpace(opening, end + 1);
        }
        if (!opening.startsWith("<html", at) || at + 5 >= opening.length()
                || !Character.isWhitespace(opening.charAt(at + 5))) {
            return false;
        }
        int end = opening.indexOf('>', at);
        return end >= 0 && XHTML_NAMESPACE.matcher(opening.substring(at, end)).find();
    }

    /**
     * Whether the (lower-cased) opening is a {@code <div>} element: a page fragment without doctype or root, as
     * 197 of corpus-real's HTML files are (saved page bodies). Tika's magic has no rule for it, so the name decides
     * there too, but only after every rule has been tried: 1.3 ms per file in a C1-compiled worker, about 0.26 s of
     * CPU per corpus-real build.
     */
    private static boolean isDivFragment(String lower) {
        return lower.startsWith("<div") && lower.length() > 4
                && (lower.charAt(4) == '>' || Character.isWhitespace(lower.charAt(4)));
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@link #detect} can answer for a file called {@code name} at all: if not, its bytes are not needed. */
    static boolean mayName(String name) {
        return byName(name) != null;
    }

    private static MediaType byName(String name) {
        return switch (extension(name)) {
            case "html", "htm" -> HTML;
            case "md" -> MARKDOWN;
            case "txt" -> TEXT;
            default -> null;
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
