package org.policyportal.standards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standards vocabulary, loaded from {@code /standards/registry.json}.
 *
 * <p>Instances are immutable and therefore safe to share between threads.
 *
 * <p>Besides the public {@link Standard} fields, each JSON entry may carry detection data that stays
 * package-private: {@code contextAliases} (literal forms that only count when {@code context} matches
 * near the hit), {@code patterns} / {@code contextPatterns} (raw regular expressions for number families
 * such as ISO or NIST SP), {@code keys} (lower-case tokens that must occur for a pattern to be tried),
 * {@code versionStyle} ({@code num}, {@code year} or {@code rev}) and {@code caseSensitive}.
 */
public final class StandardsRegistry {

    /** Classpath location of the default registry. */
    public static final String DEFAULT_RESOURCE = "/standards/registry.json";

    /** Detection data for one standard; package-private, consumed by {@link StandardsDetector}. */
    record Spec(Standard standard, List<String> aliases, List<String> contextAliases, List<String> patterns,
                List<String> contextPatterns, List<String> keys, String context, String versionStyle,
                boolean caseSensitive) {
    }

    private final List<Standard> all;
    private final Map<String, Standard> byId;
    private final Map<Category, List<Standard>> byCategory;
    private final List<Spec> specs;

    private StandardsRegistry(List<Spec> specs) {
        this.specs = List.copyOf(specs);
        List<Standard> list = new ArrayList<>();
        Map<String, Standard> ids = new LinkedHashMap<>();
        Map<Category, List<Standard>> cats = new EnumMap<>(Category.class);
        for (Spec s : specs) {
            Standard st = s.standard();
            if (ids.putIfAbsent(st.id(), st) != null) {
                throw new IllegalArgumentException("Duplicate standard id in registry: " + st.id());
            }
            list.add(st);
            cats.computeIfAbsent(st.category(), c -> new ArrayList<>()).add(st);
        }
        this.all = List.copyOf(list);
        this.byId = Collections.unmodifiableMap(ids);
        Map<Category, List<Standard>> frozen = new EnumMap<>(Category.class);
        cats.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byCategory = Collections.unmodifiableMap(frozen);
    }

    private static final class Holder {
        static final StandardsRegistry DEFAULT = loadResource(DEFAULT_RESOURCE);
    }

    /** The bundled registry (parsed once per class loader and cached). */
    public static StandardsRegistry loadDefault() {
        return Holder.DEFAULT;
    }

    private static StandardsRegistry loadResource(String resource) {
        try (InputStream in = StandardsRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a registry in the registry.json format (the stream is not closed). */
    public static StandardsRegistry load(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode arr = root.isArray() ? root : root.path("standards");
        List<Spec> specs = new ArrayList<>();
        for (JsonNode n : arr) {
            List<String> aliases = strings(n, "aliases");
            List<String> ctxAliases = strings(n, "contextAliases");
            LinkedHashSet<String> publicAliases = new LinkedHashSet<>(aliases);
            publicAliases.addAll(ctxAliases);
            Standard st = new Standard(
                    n.path("id").asText(),
                    n.path("label").asText(null),
                    n.path("issuer").asText(null),
                    Category.fromId(n.path("category").asText()),
                    List.copyOf(publicAliases),
                    strings(n, "versions"),
                    strings(n, "deprecatedVersions"),
                    n.path("url").asText(null),
                    n.path("notes").asText(null));
            specs.add(new Spec(st, aliases, ctxAliases, strings(n, "patterns"), strings(n, "contextPatterns"),
                    strings(n, "keys"), n.hasNonNull("context") ? n.get("context").asText() : null,
                    n.hasNonNull("versionStyle") ? n.get("versionStyle").asText() : null,
                    n.path("caseSensitive").asBoolean(false)));
        }
        return new StandardsRegistry(specs);
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return List.copyOf(out);
    }

    /** All standards in registry order. */
    public List<Standard> all() {
        return all;
    }

    public Optional<Standard> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Standards grouped by category; categories without entries are absent. */
    public Map<Category, List<Standard>> byCategory() {
        return byCategory;
    }

    List<Spec> specs() {
        return specs;
    }
}
