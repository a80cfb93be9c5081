package org.policyportal.standards;

import java.util.List;

/**
 * A clause of a document with the standards found in it.
 *
 * @param ordinal  position of the clause in its document (0- or 1-based, as the caller numbers them)
 * @param text     the clause text
 * @param mentions output of {@link StandardsDetector#detect(String)} for {@code text}
 */
public record ClauseFindings(int ordinal, String text, List<Mention> mentions) {
    public ClauseFindings {
        text = text == null ? "" : text;
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
