package org.policyportal.search;

/**
 * One lexical unit of a user query.
 *
 * @param kind    what the unit is
 * @param field   the field name for {@link Kind#FIELD} (lower case), else null
 * @param text    the word, phrase, prefix (without {@code *}) or field value
 * @param negated preceded by {@code -}
 * @param quoted  the text was written in quotes
 */
record QueryUnit(Kind kind, String field, String text, boolean negated, boolean quoted) {

    enum Kind { WORD, PREFIX, PHRASE, FIELD, OR }

    static QueryUnit word(String text, boolean negated) {
        return new QueryUnit(Kind.WORD, null, text, negated, false);
    }

    static QueryUnit prefix(String text, boolean negated) {
        return new QueryUnit(Kind.PREFIX, null, text, negated, false);
    }

    static QueryUnit phrase(String text, boolean negated) {
        return new QueryUnit(Kind.PHRASE, null, text, negated, true);
    }

    static QueryUnit field(String field, String value, boolean negated, boolean quoted) {
        return new QueryUnit(Kind.FIELD, field, value, negated, quoted);
    }

    static QueryUnit or() {
        return new QueryUnit(Kind.OR, null, "OR", false, false);
    }

    /** How the unit reads in a query string (for did-you-mean rewriting and debugging). */
    String display() {
        String body = switch (kind) {
            case WORD, OR -> text;
            case PREFIX -> text + "*";
            case PHRASE -> '"' + text + '"';
            case FIELD -> field + ":" + (quoted ? '"' + text + '"' : text);
        };
        return negated ? "-" + body : body;
    }
}
