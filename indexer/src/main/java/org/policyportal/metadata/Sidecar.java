package org.policyportal.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Per-file metadata in {@code NAME.meta.json} beside the file ({@code policy.pdf.meta.json}; {@code policy.meta.json}
 * is accepted too): a flat JSON object with the manifest's column names as keys.
 *
 * <p>Thread-safe: the mapper is only read.
 */
public final class Sidecar {

    public static final String SUFFIX = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecar() {
    }

    /** True for sidecar files themselves, which are metadata, not documents. */
    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /** The sidecar of {@code file} if there is one. */
    public static Optional<Path> find(Path file) {
        String name = file.getFileName().toString();
        Path full = file.resolveSibling(name + SUFFIX);
        if (Files.isRegularFile(full)) {
            return Optional.of(full);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path stem = file.resolveSibling(name.substring(0, dot) + SUFFIX);
            if (Files.isRegularFile(stem)) {
                return Optional.of(stem);
            }
        }
        return Optional.empty();
    }

    /** Reads a sidecar's values by lower-cased key; scalar values only; throws on invalid JSON. */
    public static Map<String, String> read(Path sidecar) throws IOException {
        JsonNode root = JSON.readTree(sidecar.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException("sidecar is not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        root.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                values.put(f.getKey().toLowerCase(Locale.ROOT).replace('-', '_'), v.asText().strip());
            }
        });
        return values;
    }
}
