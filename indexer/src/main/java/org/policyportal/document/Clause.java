package org.policyportal.document;

import java.util.List;
import org.policyportal.standards.Mention;

/**
 * The unit a researcher cites: a numbered clause, a heading's paragraph or a list item with its lead-in.
 *
 * @param ordinal     1-based position in the document; stable anchor {@code #clause-{ordinal}}
 * @param ref         the clause's own number as written ({@code 52.204-21(b)(1)}, {@code 3.2.1}), or null
 * @param headingPath headings above the clause, outermost first
 * @param text        the clause text
 * @param mentions    standards mentioned in {@code text}, offsets relative to it
 * @param security    the clause is a security provision
 * @param digital     the clause addresses internet, ICT or digital communications
 */
public record Clause(int ordinal, String ref, List<String> headingPath, String text,
                     List<Mention> mentions, boolean security, boolean digital) {

    public Clause {
        headingPath = List.copyOf(headingPath);
        mentions = List.copyOf(mentions);
    }

    /** A clause before standards detection. */
    public static Clause of(int ordinal, String ref, List<String> headingPath, String text) {
        return new Clause(ordinal, ref, headingPath, text, List.of(), false, false);
    }

    public Clause withFindings(List<Mention> found, boolean isSecurity, boolean isDigital) {
        return new Clause(ordinal, ref, headingPath, text, found, isSecurity, isDigital);
    }
}
