package org.policyportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The static assets, read from the classpath once, with fingerprinted URLs ({@code /static/portal.css?v=3f2a...}):
 * the version is a hash of the file's bytes, so a changed file gets a new URL and the year-long cache header is
 * safe. {@link StaticFiles} serves them from memory. Immutable, thread-safe.
 */
public final class Assets {

    /** One asset: its bytes, the {@code Content-Type} to send and a strong ETag derived from the bytes. */
    record Asset(byte[] bytes, String contentType, String etag) {
    }

    private final Map<String, String> urls;
    private final Map<String, Asset> files;

    private Assets(Map<String, String> urls, Map<String, Asset> files) {
        this.urls = Map.copyOf(urls);
        this.files = Map.copyOf(files);
    }

    /** Reads and hashes each named file under the classpath folder {@code base}; fails fast when one is missing. */
    public static Assets fromClasspath(String base, String... names) {
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, Asset> files = new LinkedHashMap<>();
        for (String name : names) {
            String resource = base + "/" + name;
            try (InputStream in = Assets.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("static asset missing from the classpath: " + resource);
                }
                byte[] bytes = in.readAllBytes();
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
                urls.put(name, resource + "?v=" + hash);
                files.put(name, new Asset(bytes, contentType(name), "\"" + hash + "\""));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every JVM", e);
            }
        }
        return new Assets(urls, files);
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** The versioned URL of a named asset. */
    public String url(String name) {
        String url = urls.get(name);
        if (url == null) {
            throw new IllegalArgumentException("unknown asset: " + name);
        }
        return url;
    }

    /** The asset with exactly this file name (no path), or empty. */
    Optional<Asset> file(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
