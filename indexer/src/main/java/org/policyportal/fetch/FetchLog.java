package org.policyportal.fetch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The record of completed downloads ({@code fetch-log.json} in the downloads directory).
 *
 * <p>Contract: one {@link Entry} per catalogue id, holding the stored file name (relative to the downloads
 * directory), its SHA-256, size, Content-Type, the catalogue URL, the final URL after redirects and the time it was
 * fetched. {@link #save()} writes the whole log to a temporary file and moves it into place, so a crash never leaves
 * a half-written log. Not thread-safe.
 */
public final class FetchLog {

    /** File name of the log inside the downloads directory. */
    public static final String FILE_NAME = "fetch-log.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** One downloaded file. */
    public record Entry(String id, String file, String sha256, long size, String contentType, String sourceUrl,
                        String finalUrl, String fetchedAt) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
        }

        public static Entry of(String id, String file, String sha256, long size, String contentType,
                               String sourceUrl, String finalUrl, String fetchedAt) {
            return new Entry(id, file, sha256, size, contentType, sourceUrl, finalUrl, fetchedAt);
        }
    }

    /** On-disk shape of the log. */
    record Document(int version, Map<String, Entry> entries) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private FetchLog(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Loads the log in {@code downloadsDir}, or an empty log if there is none yet. */
    public static FetchLog load(Path downloadsDir) throws IOException {
        Path f = downloadsDir.resolve(FILE_NAME);
        Map<String, Entry> map = new TreeMap<>();
        if (Files.exists(f)) {
            Document doc = JSON.readValue(f.toFile(), Document.class);
            if (doc.entries() != null) {
                map.putAll(doc.entries());
            }
        }
        return new FetchLog(f, map);
    }

    public Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    public void record(Entry entry) {
        entries.put(entry.id(), entry);
    }

    /**
     * Whether {@code catalogue}'s document is already stored: the log has an entry for the id with the same source
     * URL, and the file exists with the recorded size and SHA-256.
     */
    public Optional<Entry> upToDate(CatalogueEntry catalogue, Path downloadsDir) throws IOException {
        Entry e = entries.get(catalogue.id());
        if (e == null || !catalogue.url().toString().equals(e.sourceUrl())) {
            return Optional.empty();
        }
        Path stored = downloadsDir.resolve(e.file());
        if (!Files.isRegularFile(stored) || Files.size(stored) != e.size()) {
            return Optional.empty();
        }
        return sha256(stored).equals(e.sha256()) ? Optional.of(e) : Optional.empty();
    }

    /** Writes the log atomically (temporary file + move). */
    public void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".part");
        JSON.writeValue(tmp.toFile(), new Document(1, new TreeMap<>(entries)));
        moveIntoPlace(tmp, file);
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path path) throws IOException {
        MessageDigest md = newSha256();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Moves {@code source} onto {@code target}, atomically where the file system supports it. */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            // Documented fallback: some file systems cannot rename atomically; a plain replace is still correct.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
