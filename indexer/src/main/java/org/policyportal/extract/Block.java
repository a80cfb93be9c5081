package org.policyportal.extract;

/**
 * A structural unit of extracted text: a heading, a paragraph or a list item.
 *
 * @param kind  what the unit is
 * @param level heading level (1 = top) or list nesting depth (1 = outermost); 0 for paragraphs
 * @param text  the unit's text; lines are kept (PDF line starts often carry clause numbers)
 */
public record Block(Kind kind, int level, String text) {

    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM }

    public static Block heading(int level, String text) {
        return new Block(Kind.HEADING, level, text);
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, 0, text);
    }

    public static Block listItem(int depth, String text) {
        return new Block(Kind.LIST_ITEM, depth, text);
    }
}
