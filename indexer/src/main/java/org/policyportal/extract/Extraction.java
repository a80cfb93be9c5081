package org.policyportal.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What extraction yields for one file.
 *
 * @param blocks      the text as structural blocks, in document order
 * @param contentType the detected media type
 * @param title       a title found in the file (HTML title, OSCAL metadata, Office properties), or null
 * @param year        a year found in the file's metadata (created/modified date), or null
 * @param language    a language declared in the file's metadata, or null
 * @param truncated   the text cap was reached; the text is the first part of the document
 * @param chars       characters of text in {@code blocks}
 * @param properties  other metadata worth keeping (author, creator tool ...)
 */
public record Extraction(List<Block> blocks, String contentType, String title, Integer year, String language,
                         boolean truncated, long chars, Map<String, String> properties) {

    public Extraction {
        blocks = List.copyOf(blocks);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static Extraction of(List<Block> blocks, String contentType, String title, boolean truncated) {
        long chars = blocks.stream().mapToLong(b -> b.text().length()).sum();
        return new Extraction(blocks, contentType, title, null, null, truncated, chars, Map.of());
    }

    public Extraction withMetadata(Integer newYear, String newLanguage, Map<String, String> newProperties) {
        return new Extraction(blocks, contentType, title, newYear, newLanguage, truncated, chars, newProperties);
    }

    public Extraction withTitle(String newTitle) {
        return new Extraction(blocks, contentType, newTitle, year, language, truncated, chars, properties);
    }

    /** All text joined by blank lines (for language detection and checks). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }
}
