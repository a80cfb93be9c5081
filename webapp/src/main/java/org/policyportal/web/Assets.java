package org.policyportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fingerprinted URLs of the static assets ({@code /static/portal.css?v=3f2a...}): the version is a hash of the
 * file's bytes, so a changed file gets a new URL and the year-long cache header is safe. Immutable, thread-safe.
 */
public final class Assets {

    private final Map<String, String> urls;

    private Assets(Map<String, String> urls) {
        this.urls = Map.copyOf(urls);
    }

    /** Hashes each named file under the classpath folder {@code base}; fails fast when one is missing. */
    public static Assets fromClasspath(String base, String... names) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String name : names) {
            String resource = base + "/" + name;
            try (InputStream in = Assets.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("static asset missing from the classpath: " + resource);
                }
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                urls.put(name, resource + "?v=" + HexFormat.of().formatHex(digest, 0, 6));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every JVM", e);
            }
        }
        return new Assets(urls);
    }

    /** The versioned URL of a named asset. */
    public String url(String name) {
        String url = urls.get(name);
        if (url == null) {
            throw new IllegalArgumentException("unknown asset: " + name);
        }
        return url;
    }
}
