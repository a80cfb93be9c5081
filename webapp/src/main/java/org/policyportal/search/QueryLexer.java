package org.policyportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a user query into {@link QueryUnit}s. Never throws: malformed syntax (unbalanced quotes or parentheses,
 * a lone {@code -}, an empty {@code field:}) is read in the most literal safe way and reported as a notice.
 *
 * <p>Parentheses are accepted but carry no grouping: {@code OR} always binds the two adjacent units, which gives
 * the intended reading for the usual {@code (a OR b) c}.
 *
 * <p>Thread-safe: stateless.
 */
final class QueryLexer {

    /** Field names a user may write before {@code :}. */
    static final Set<String> FIELDS = Set.of("title", "country", "body", "standard", "year", "language", "ref");
    static final int MIN_PREFIX = 2;

    private QueryLexer() {
    }

    static List<QueryUnit> lex(String query, List<String> notices) {
        List<QueryUnit> units = new ArrayList<>();
        int depth = 0;
        boolean unbalancedParens = false;
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                unbalancedParens |= depth < 0;
                depth = Math.max(depth, 0);
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-') {
                negated = true;
                i++;
                if (i >= n || Character.isWhitespace(query.charAt(i))) {
                    notices.add("A lone '-' was ignored.");
                    continue;
                }
                c = query.charAt(i);
            }
            if (c == '"') {
                int close = query.indexOf('"', i + 1);
                if (close < 0) {
                    notices.add("Your query had unbalanced quotes; searched for the words instead.");
                    i++;
                    continue; // the rest is read as plain words
                }
                String phrase = query.substring(i + 1, close).trim();
                if (!phrase.isEmpty()) {
                    units.add(QueryUnit.phrase(phrase, negated));
                }
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(query.charAt(end)) && "()\"".indexOf(query.charAt(end)) < 0) {
                end++;
            }
            if (end == i) {
                i++; // a '-' right before a parenthesis: nothing to negate
                continue;
            }
            i = readToken(query, query.substring(i, end), end, negated, units, notices);
        }
        if (depth != 0 || unbalancedParens) {
            notices.add("Unbalanced parentheses were ignored.");
        }
        return units;
    }

    /** Reads one bare token (and a quoted field value after it); returns the index after what was consumed. */
    private static int readToken(String query, String token, int end, boolean negated, List<QueryUnit> units,
                                 List<String> notices) {
        int colon = token.indexOf(':');
        String field = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : null;
        if (field != null && FIELDS.contains(field)) {
            String value = token.substring(colon + 1);
            if (value.isEmpty() && end < query.length() && query.charAt(end) == '"') {
                int close = query.indexOf('"', end + 1);
                if (close < 0) {
                    notices.add("Your query had unbalanced quotes; searched for the words instead.");
                    value = query.substring(end + 1).trim();
                    end = query.length();
                } else {
                    value = query.substring(end + 1, close).trim();
                    end = close + 1;
                }
                addField(units, notices, field, value, negated, true);
                return end;
            }
            addField(units, notices, field, value, negated, false);
            return end;
        }
        if (token.equals("OR") && !negated) {
            units.add(QueryUnit.or());
        } else if (token.endsWith("*")) {
            String prefix = token.replaceAll("\\*+$", "");
            if (prefix.length() < MIN_PREFIX) {
                notices.add("'" + token + "' is too short for a prefix search (at least " + MIN_PREFIX
                        + " characters before *); searched for the word instead.");
                if (!prefix.isEmpty()) {
                    units.add(QueryUnit.word(prefix, negated));
                }
            } else {
                units.add(QueryUnit.prefix(prefix, negated));
            }
        } else {
            units.add(QueryUnit.word(token, negated));
        }
        return end;
    }

    private static void addField(List<QueryUnit> units, List<String> notices, String field, String value,
                                 boolean negated, boolean quoted) {
        if (value.isBlank()) {
            notices.add("'" + field + ":' without a value was ignored.");
            return;
        }
        units.add(QueryUnit.field(field, value, negated, quoted));
    }
}
