package org.policyportal.clauses;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the clause numbers that start a line: section numbers ({@code 3.2.1}, {@code 52.204-21},
 * {@code Article 21}, {@code § 4}, control ids such as {@code AC-2}), article paragraph numbers ({@code 2.})
 * and enumerators ({@code (b)}, {@code (1)}, {@code (iv)}, {@code (A)}, {@code b)}).
 *
 * <p>Thread-safe: stateless.
 */
final class Markers {

    /** What a line-start marker is. */
    enum Type { SECTION, NUMBER, ENUMERATOR }

    /** A marker found at the start of a text: its type, its token as written, and where the rest begins. */
    record Marker(Type type, String token, int end) {
    }

    private static final Pattern SECTION = Pattern.compile(
            "^((?:\\d{1,3}\\.)+\\d{1,4}(?:-\\d{1,5})?)\\.?(?=\\s|$)"
            + "|^((?:Article|Artikel|Art\\.|Artículo|Articolo|Section|Sec\\.|Clause|Regulation|Rule|§)\\s*\\d{1,4}[a-z]?)"
            + "(?=[\\s.:]|$)");
    private static final Pattern CONTROL_ID = Pattern.compile("^([A-Z]{2,5}-\\d{1,4}(?:\\.\\d{1,3})*(?:\\(\\d{1,3}\\))?)(?=\\s|$)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[.)](?=\\s)");
    private static final Pattern ENUMERATOR = Pattern.compile("^\\(([a-zA-Z]{1,4}|\\d{1,3})\\)(?=\\s|$)|^([a-z]|[ivx]{1,4})\\)(?=\\s)");
    private static final Pattern ROMAN = Pattern.compile("[ivx]{1,5}");

    private Markers() {
    }

    /** The marker at the start of {@code text}, or null. Control ids count only in headings. */
    static Marker at(String text, boolean heading) {
        // Every pattern is anchored at the start, so lookingAt() is find(): but find() on an alternation of
        // anchored branches still tries (and fails) at every later position of the line.
        Matcher m = SECTION.matcher(text);
        if (m.lookingAt()) {
            String token = m.group(1) != null ? m.group(1) : m.group(2).replaceAll("\\s+", " ");
            return new Marker(Type.SECTION, token, m.end());
        }
        if (heading) {
            m = CONTROL_ID.matcher(text);
            if (m.lookingAt()) {
                return new Marker(Type.SECTION, m.group(1), m.end());
            }
        }
        m = NUMBER.matcher(text);
        if (m.lookingAt()) {
            return new Marker(Type.NUMBER, m.group(1), m.end());
        }
        m = ENUMERATOR.matcher(text);
        if (m.lookingAt()) {
            return new Marker(Type.ENUMERATOR, m.group(1) != null ? m.group(1) : m.group(2), m.end());
        }
        return null;
    }

    /** True when a line starts with a marker that should open a new clause. */
    static boolean startsClause(String line) {
        return at(line, false) != null;
    }

    static boolean isRoman(String token) {
        return ROMAN.matcher(token).matches();
    }
}
