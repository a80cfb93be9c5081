package org.policyportal.clauses;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.policyportal.document.Clause;
import org.policyportal.extract.Block;

/**
 * Splits a document's blocks into clauses, the units a researcher cites: numbered clauses and sub-clauses
 * (a line starting with {@code (b)}, {@code 3.2.1} or {@code Article 21} opens a new one, even inside a PDF
 * paragraph), a heading's paragraphs, and list items carrying their lead-in sentence. Each clause gets its
 * heading path, its full reference ({@code 52.204-21(b)(1)}) and a 1-based ordinal. Text longer than
 * {@link #maxChars()} is split at sentence boundaries.
 *
 * <p>Thread-safe: configuration is immutable and each call keeps its state on the stack.
 */
public final class ClauseSplitter {

    public static final int DEFAULT_MAX_CHARS = 1500;
    private static final int MAX_LEAD_IN = 300;
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L})-\\n(\\p{Ll})");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private final int maxChars;

    public ClauseSplitter() {
        this(DEFAULT_MAX_CHARS);
    }

    public ClauseSplitter(int maxChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("maxChars must be at least 100");
        }
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    public List<Clause> split(List<Block> blocks) {
        State s = new State();
        for (Block b : blocks) {
            switch (b.kind()) {
                case HEADING -> heading(s, b);
                case PARAGRAPH, LIST_ITEM -> body(s, b);
            }
        }
        if (s.out.isEmpty()) {
            headingsOnly(s, blocks);
        }
        return s.out;
    }

    private void heading(State s, Block b) {
        while (!s.headings.isEmpty() && s.headings.get(s.headings.size() - 1).level() >= b.level()) {
            s.headings.remove(s.headings.size() - 1);
        }
        String text = oneLine(b.text());
        s.headings.add(new Heading(b.level(), text));
        Markers.Marker m = Markers.at(text, true);
        if (m != null && m.type() == Markers.Type.SECTION) {
            s.enumeration.section(m.token());
            s.sectionLevel = b.level();
        } else if (b.level() <= s.sectionLevel) {
            // A plain heading at or above the numbered one closes that section.
            s.enumeration.reset();
            s.sectionLevel = Integer.MAX_VALUE;
        }
        s.leadIn = null;
    }

    /**
     * A page of headings only (a table of contents, a "[Reserved]" subpart, a profile that just lists
     * controls) still deserves to be found: each heading becomes a clause.
     */
    private void headingsOnly(State s, List<Block> blocks) {
        State fresh = new State();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING) {
                heading(fresh, b);
                List<String> parents = fresh.headings.subList(0, fresh.headings.size() - 1).stream()
                        .map(Heading::text).toList();
                String text = oneLine(b.text());
                if (text.chars().anyMatch(Character::isLetterOrDigit)) {
                    s.out.add(Clause.of(s.out.size() + 1, fresh.enumeration.ref(), parents, text));
                }
            }
        }
    }

    private void body(State s, Block b) {
        boolean item = b.kind() == Block.Kind.LIST_ITEM;
        for (String segment : segments(b.text())) {
            Markers.Marker m = Markers.at(segment, false);
            if (m != null) {
                switch (m.type()) {
                    case SECTION -> s.enumeration.section(m.token());
                    case NUMBER -> s.enumeration.number(m.token());
                    case ENUMERATOR -> s.enumeration.enumerator(m.token());
                }
            }
            String text = oneLine(segment);
            // A bare marker ("(a)" on its own) only moves the numbering on; its text is in the next block.
            String rest = m == null ? text : oneLine(segment.substring(m.end()));
            if (rest.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            String full = item && s.leadIn != null ? s.leadIn + " " + text : text;
            emit(s, full);
            if (!item) {
                s.leadIn = text.endsWith(":") ? truncate(text) : null;
            }
        }
    }

    private void emit(State s, String text) {
        List<String> headingPath = s.headings.stream().map(Heading::text).toList();
        String ref = s.enumeration.ref();
        for (String part : bounded(text)) {
            s.out.add(Clause.of(s.out.size() + 1, ref, headingPath, part));
        }
    }

    /** Splits a block at lines that start with a clause marker. */
    static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!current.isEmpty() && Markers.startsClause(l)) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(l);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Joins wrapped lines; a hyphen at a line end before a lower-case letter was a word break. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0) {
            return text.strip(); // both replacements need a line break: skip their scans
        }
        String joined = HYPHENATED.matcher(text).replaceAll("$1$2");
        return LINE_BREAK.matcher(joined).replaceAll(" ").strip();
    }

    private List<String> bounded(String text) {
        if (text.length() <= maxChars) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        StringBuilder part = new StringBuilder();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            if (part.length() + sentence.length() > maxChars && !part.isEmpty()) {
                parts.add(part.toString().strip());
                part.setLength(0);
            }
            while (sentence.length() > maxChars) {
                int cut = sentence.lastIndexOf(' ', maxChars);
                cut = cut < maxChars / 2 ? maxChars : cut;
                parts.add(sentence.substring(0, cut).strip());
                sentence = sentence.substring(cut);
            }
            part.append(sentence);
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    private static String truncate(String leadIn) {
        return leadIn.length() <= MAX_LEAD_IN ? leadIn : leadIn.substring(0, MAX_LEAD_IN) + "…";
    }

    private record Heading(int level, String text) {
    }

    /** Per-call state. */
    private static final class State {
        final List<Clause> out = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();
        final Enumeration enumeration = new Enumeration();
        int sectionLevel = Integer.MAX_VALUE;
        String leadIn;
    }
}
