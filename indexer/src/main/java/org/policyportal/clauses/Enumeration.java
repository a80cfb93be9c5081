package org.policyportal.clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * Tracks the nesting of enumerators under a section so that each clause gets its full reference, for
 * example {@code 52.204-21(b)(1)(i)} or {@code Article 21(2)(d)}. Levels: article paragraph numbers, lower-case
 * letters, digits, lower-case roman numerals, upper-case letters (the FAR and EU drafting conventions).
 *
 * <p>Not thread-safe: one instance per document being split.
 */
final class Enumeration {

    private record Level(int depth, String token) {
    }

    private final List<Level> stack = new ArrayList<>();
    private String base;

    void section(String token) {
        base = token;
        stack.clear();
    }

    void reset() {
        base = null;
        stack.clear();
    }

    /**
     * A numbered paragraph ({@code 2.}): a paragraph of an article ({@code Article 21(2)}), an item of the
     * current section ({@code 3.2(1)}), or, when there is no section yet or it is the next top-level number
     * after the current section ({@code 3.} after {@code 2.4}), a new section of its own.
     */
    void number(String token) {
        if (base == null || isNextTopLevel(Integer.parseInt(token))) {
            section(token);
        } else {
            push(0, token);
        }
    }

    private boolean isNextTopLevel(int n) {
        int end = 0;
        while (end < base.length() && Character.isDigit(base.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 4 || (end < base.length() && base.charAt(end) != '.')) {
            return false;
        }
        return Integer.parseInt(base.substring(0, end)) + 1 == n;
    }

    void enumerator(String token) {
        push(depthOf(token), token);
    }

    /** The current reference, or null when nothing is numbered. */
    String ref() {
        if (base == null && stack.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(base == null ? "" : base);
        for (Level l : stack) {
            sb.append('(').append(l.token).append(')');
        }
        return sb.toString();
    }

    private void push(int depth, String token) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).depth >= depth) {
            stack.remove(stack.size() - 1);
        }
        stack.add(new Level(depth, token));
    }

    private int depthOf(String token) {
        char c = token.charAt(0);
        if (Character.isDigit(c)) {
            return 2;
        }
        if (Character.isUpperCase(c)) {
            return 4;
        }
        if (Markers.isRoman(token) && !continuesLetters(token)) {
            return token.length() > 1 || hasLevel(1) || hasLevel(2) ? 3 : 1;
        }
        return 1;
    }

    /** {@code (i)} after {@code (h)} is the ninth letter, not roman one. */
    private boolean continuesLetters(String token) {
        if (token.length() != 1) {
            return false;
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            Level l = stack.get(i);
            if (l.depth == 1) {
                return l.token.length() == 1 && l.token.charAt(0) + 1 == token.charAt(0);
            }
        }
        return false;
    }

    private boolean hasLevel(int depth) {
        return stack.stream().anyMatch(l -> l.depth == depth);
    }
}
