package org.policyportal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Drops the lines a paginated document repeats around its text instead of saying: running headers and footers
 * (page numbers among them) and table-of-contents entries; and the letters that stand in for a printed form's
 * radio buttons and check boxes.
 *
 * <p>Why: split into clauses, each page's header and footer became clauses of their own ("PAGE viii", a document
 * title over a rule) or ran into the clause they interrupted, and each contents entry became a clause carrying
 * the same ref as the section it points to ("1.1 PURPOSE AND APPLICABILITY ....... 2"), so a search found the
 * contents page before the section.
 *
 * <p>A line is running when, with its digits and page labels ignored, it is among the first or last
 * {@value #EDGE_LINES} lines of at least half the pages and of at least {@value #MIN_PAGES} pages, or of at least
 * {@value #MIN_PAGES} pages when it names a page ("CHAPTER 1 PAGE 4"); only those occurrences at a page's edge
 * are dropped, so the same words inside the text stay. A contents entry is a line ending in a dot leader and a
 * page label; a fill-in line ("Name: ........") has no label and stays.
 *
 * <p>A form printed from a web survey draws its radio buttons and check boxes in a symbol font whose glyphs read
 * as the letters {@code nmlkj} (a radio button; {@code nmlkji} when chosen) and {@code gfedc} ({@code gfedcb}).
 * They are dropped where they stand as words: a survey of corpus-real gave 127 clauses of them, most nothing else.
 *
 * <p>Thread-safe: stateless.
 */
final class PageNoise {

    static final int EDGE_LINES = 3;
    static final int MIN_PAGES = 3;

    private static final Pattern CONTENTS_ENTRY =
            Pattern.compile("(?:\\.\\s?|…\\s?){4,}\\s*(?:\\d+|[ivxlcdm]+|[A-Z]-\\d+)$", Pattern.CASE_INSENSITIVE);
    /**
     * A key naming a page ("chapter # page #", "appendix b page b-#"): footers that change with the part of the
     * document, so no one of them is on half the pages.
     */
    private static final Pattern PAGE_LABEL = Pattern.compile("\\b(?:page|pagina|página|seite|blz)\\.? [#a-z]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FORM_GLYPHS =
            Pattern.compile("\\s*(?<![\\p{L}\\p{N}])(?:nmlkji?|gfedcb?)+(?![\\p{L}\\p{N}])");
    /** Roman page labels ("viii") are numbers too; a word made of these letters ("mix") only widens the key. */
    private static final Pattern ROMAN = Pattern.compile("\\b[ivxlcdm]{1,7}\\b");

    private PageNoise() {
    }

    /**
     * The blocks under {@code body} as {@code walker} reads them, without page noise when the body is a
     * sequence of {@code <div class="page">} (Tika's XHTML for a PDF); any other body is read as it is.
     */
    static List<Block> walk(Element body, BlockWalker walker) {
        if (body.children().stream().noneMatch(PageNoise::isPage)) {
            return walker.walk(body);
        }
        // Tika writes nothing but pages and embedded documents' divisions at the top level: read each apart,
        // in order, the pages as one run so that their edges can be compared.
        List<Block> out = new ArrayList<>();
        List<List<Block>> run = new ArrayList<>();
        for (Element child : body.children()) {
            if (isPage(child)) {
                run.add(walker.walk(child));
            } else {
                out.addAll(strip(run));
                run.clear();
                out.addAll(walker.walk(child));
            }
        }
        out.addAll(strip(run));
        return out;
    }

    private static boolean isPage(Element e) {
        return e.normalName().equals("div") && e.hasClass("page");
    }

    /**
     * The blocks of {@code pages} (each page's blocks in order), pages concatenated, without running lines and
     * contents entries; a block left with no line is dropped.
     */
    static List<Block> strip(List<List<Block>> pages) {
        List<List<String>> lines = pages.stream().map(PageNoise::textLines).toList();
        Set<String> running = runningKeys(lines);
        List<Block> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            int total = lines.get(p).size();
            int index = 0;
            for (Block b : pages.get(p)) {
                StringBuilder kept = new StringBuilder();
                for (String line : b.text().split("\n", -1)) {
                    if (!line.isBlank()) {
                        boolean edge = index < EDGE_LINES || index >= total - EDGE_LINES;
                        index++;
                        if (isContentsEntry(line) || edge && running.contains(key(line))) {
                            continue;
                        }
                        line = withoutFormGlyphs(line);
                        if (line.isEmpty()) {
                            continue;
                        }
                    }
                    if (!kept.isEmpty()) {
                        kept.append('\n');
                    }
                    kept.append(line);
                }
                String text = kept.toString().strip();
                if (!text.isEmpty()) {
                    out.add(text.equals(b.text()) ? b : new Block(b.kind(), b.level(), text));
                }
            }
        }
        return out;
    }

    /** @param pages each page's {@link #textLines text lines} */
    private static Set<String> runningKeys(List<List<String>> pages) {
        if (pages.size() < MIN_PAGES) {
            return Set.of();
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> lines : pages) {
            Set<String> edges = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) {
                    edges.add(key(lines.get(i)));
                }
            }
            edges.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(MIN_PAGES, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        pagesWith.forEach((k, n) -> {
            if (n >= needed || n >= MIN_PAGES && PAGE_LABEL.matcher(k).find()) {
                running.add(k);
            }
        });
        return running;
    }

    /** The page's lines that hold text, in order. */
    private static List<String> textLines(List<Block> page) {
        List<String> lines = new ArrayList<>();
        for (Block b : page) {
            for (String line : b.text().split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    static String withoutFormGlyphs(String line) {
        // the regular expression only for lines that can hold a glyph
        if (!line.contains("nmlkj") && !line.contains("gfedc")) {
            return line;
        }
        return FORM_GLYPHS.matcher(line).replaceAll("").strip();
    }

    private static boolean isContentsEntry(String line) {
        // the regular expression only for lines that can hold a leader
        return (line.contains("....") || line.contains(". . . .") || line.contains("……"))
                && CONTENTS_ENTRY.matcher(line).find();
    }

    private static String key(String line) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        return ROMAN.matcher(DIGITS.matcher(lower).replaceAll("#")).replaceAll("#").replaceAll("\\s+", " ");
    }
}
