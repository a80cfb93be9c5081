package org.policyportal.extract;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the prose of JSON documents (OSCAL JSON catalogues, structured criteria lists): {@code title} values
 * become headings, prose-like keys become paragraphs, and other long free-text strings are kept; ids, links,
 * hashes and short codes are dropped.
 *
 * <p>Thread-safe: the mapper is configured once and only read.
 */
public final class JsonProseReader {

    private static final Set<String> TITLE_KEYS = Set.of("title", "name", "titre", "titel");
    private static final Set<String> PROSE_KEYS = Set.of("prose", "description", "remarks", "text", "statement",
            "guidance", "summary", "content", "body", "desc", "details", "value", "label");
    private static final Set<String> NOISE_KEYS = Set.of("links", "props", "params", "back-matter", "uuid", "href",
            "id", "ns", "class", "media-type", "hashes", "rlinks", "parties", "roles", "responsible-parties");
    private static final int MAX_DEPTH = 64;

    private final ObjectMapper mapper;

    public JsonProseReader() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
        this.mapper = m;
    }

    public Extraction read(String json, String contentType) throws IOException {
        JsonNode root = mapper.readTree(json);
        List<Block> blocks = new ArrayList<>();
        walk(root, blocks, 1, 0);
        String title = findTitle(root);
        return Extraction.of(blocks, contentType, title, false);
    }

    private void walk(JsonNode node, List<Block> out, int level, int depth) {
        if (depth > MAX_DEPTH || node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                walk(child, out, level, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String id = node.path("id").asText("");
        boolean section = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey().toLowerCase(Locale.ROOT);
            JsonNode v = f.getValue();
            if (NOISE_KEYS.contains(key)) {
                continue;
            }
            if (v.isTextual()) {
                String text = TextCleaner.clean(v.asText());
                if (text.isEmpty()) {
                    continue;
                }
                // OSCAL "name" values are tokens (statement, guidance, item), not titles: need a space.
                boolean title = TITLE_KEYS.contains(key) && (!key.equals("name") || text.indexOf(' ') > 0);
                if (title && !section) {
                    String heading = !id.isEmpty() && id.length() < 24 ? id.toUpperCase(Locale.ROOT) + " " + text : text;
                    out.add(Block.heading(Math.min(level, 6), heading));
                    section = true;
                } else if (PROSE_KEYS.contains(key) || (text.length() > 40 && text.indexOf(' ') > 0)) {
                    out.add(Block.paragraph(text));
                }
            } else {
                walk(v, out, section ? level + 1 : level, depth + 1);
            }
        }
    }

    private static String findTitle(JsonNode root) {
        for (JsonNode n : List.of(root.path("catalog").path("metadata").path("title"),
                root.path("profile").path("metadata").path("title"), root.path("metadata").path("title"),
                root.path("title"))) {
            if (n.isTextual() && !n.asText().isBlank()) {
                return n.asText().strip();
            }
        }
        return null;
    }
}
