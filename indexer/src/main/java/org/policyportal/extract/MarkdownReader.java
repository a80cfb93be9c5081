package org.policyportal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads Markdown into {@link Block}s: ATX and setext headings, list items with their nesting, paragraphs,
 * tables (one block per row) and code fences. YAML front matter supplies the title. Inline markup (links,
 * emphasis, code spans, images, HTML tags, template tags such as {@code <%= %>}) is reduced to its text;
 * kramdown's attribute lists ({@code {: .class}}, {@code {:toc}} and the list item it replaces) are dropped.
 *
 * <p>Thread-safe: stateless.
 */
public final class MarkdownReader {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern LIST = Pattern.compile("^(\\s*)([-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern FRONT_TITLE = Pattern.compile("^title:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)|\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern TEMPLATE = Pattern.compile("<%.*?%>|\\{\\{.*?\\}\\}|\\{%.*?%\\}");
    /** A kramdown attribute list or extension on a line of its own ({@code {:toc}}, {@code {: .link-list}}). */
    private static final Pattern ATTRIBUTES = Pattern.compile("^\\s*\\{:[^}]*\\}\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1");

    /** The blocks and the front-matter title (null when absent). */
    public Extraction read(String markdown, String contentType) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        String title = null;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (i = 1; i < lines.length && !lines[i].strip().matches("---|\\.\\.\\."); i++) {
                Matcher m = FRONT_TITLE.matcher(lines[i].strip());
                if (m.matches() && !m.group(1).isBlank()) {
                    title = inline(m.group(1));
                }
            }
            i++;
        }
        StringBuilder para = new StringBuilder();
        boolean fenced = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                flush(blocks, para);
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                para.append(line).append('\n');
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (line.isBlank()) {
                flush(blocks, para);
            } else if (ATTRIBUTES.matcher(line).matches()) {
                // Markup for the block next to it; {:toc} replaces the list item before it with a generated one.
                flush(blocks, para);
                if (line.strip().equals("{:toc}") && !blocks.isEmpty() && isTocItem(blocks.getLast())) {
                    blocks.removeLast();
                }
            } else if (atx.matches()) {
                flush(blocks, para);
                add(blocks, Block.heading(atx.group(1).length(), inline(atx.group(2))));
            } else if (!para.isEmpty() && SETEXT.matcher(line).matches() && para.indexOf("\n") == para.length() - 1) {
                // Exactly one buffered line (each is stored with its line end) above the underline.
                add(blocks, Block.heading(line.strip().startsWith("=") ? 1 : 2, inline(para.toString())));
                para.setLength(0);
            } else if (line.strip().startsWith("|")) {
                flush(blocks, para);
                if (!TABLE_RULE.matcher(line).matches()) {
                    add(blocks, Block.paragraph(inline(line.strip().replaceAll("^\\||\\|$", "")
                            .replaceAll("\\s*\\|\\s*", " | "))));
                }
            } else {
                Matcher li = LIST.matcher(line);
                if (li.matches()) {
                    flush(blocks, para);
                    int depth = 1 + li.group(1).replace("\t", "    ").length() / 2;
                    String marker = li.group(2);
                    // Ordered markers are clause numbers ("1.", "2)"): keep them in the text for the splitter.
                    String text = Character.isDigit(marker.charAt(0)) ? marker + " " + li.group(3) : li.group(3);
                    StringBuilder item = new StringBuilder(text);
                    while (i + 1 < lines.length && isContinuation(lines[i + 1])) {
                        item.append(' ').append(lines[++i].strip());
                    }
                    add(blocks, Block.listItem(Math.min(depth, 6), inline(item.toString())));
                } else {
                    para.append(line.strip()).append('\n');
                }
            }
        }
        flush(blocks, para);
        return Extraction.of(blocks, contentType, title, false);
    }

    private static boolean isTocItem(Block b) {
        return b.kind() == Block.Kind.LIST_ITEM && b.text().replaceFirst("^\\d{1,3}[.)] ", "").equals("TOC");
    }

    private static boolean isContinuation(String next) {
        return !next.isBlank() && next.startsWith("  ") && !LIST.matcher(next).matches()
                && !ATX.matcher(next).matches();
    }

    private static void flush(List<Block> blocks, StringBuilder para) {
        if (!para.isEmpty()) {
            add(blocks, Block.paragraph(inline(para.toString())));
            para.setLength(0);
        }
    }

    private static void add(List<Block> blocks, Block b) {
        String t = TextCleaner.clean(b.text());
        if (!t.isEmpty()) {
            blocks.add(new Block(b.kind(), b.level(), t));
        }
    }

    /** Reduces inline Markdown and embedded HTML to plain text. */
    static String inline(String s) {
        // Each pattern needs a literal character that most text lacks; checking for it first skips the regex scan.
        String t = s.indexOf('<') >= 0 || s.indexOf('{') >= 0 ? TEMPLATE.matcher(s).replaceAll("") : s;
        if (t.indexOf('[') >= 0) {
            t = IMAGE.matcher(t).replaceAll("$1");
            t = LINK.matcher(t).replaceAll("$1$2");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('`') >= 0) {
            t = EMPHASIS.matcher(t).replaceAll("$2");
        }
        if (t.indexOf('<') >= 0) {
            // Keep line breaks: Jsoup's text() would flatten them.
            StringBuilder sb = new StringBuilder();
            for (String line : t.split("\n", -1)) {
                sb.append(Jsoup.parseBodyFragment(line).body().text()).append('\n');
            }
            t = sb.toString();
        }
        return t.replace("\\", "");
    }
}
