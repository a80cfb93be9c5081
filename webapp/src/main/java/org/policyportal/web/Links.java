package org.policyportal.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Small URL helpers shared by handlers and templates. Stateless and thread-safe.
 */
public final class Links {

    private Links() {
    }

    /** Projector mode is part of the URL state ({@code large=1}), so a shared link keeps it. */
    public static boolean isLarge(Context ctx) {
        return "1".equals(ctx.queryParam("large"));
    }

    /** Appends {@code large=1} before any {@code #fragment} when large is on; returns url unchanged otherwise. */
    public static String keepLarge(String url, boolean large) {
        if (!large || url == null || url.matches(".*[?&]large=1(&.*|#.*|$)")) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "large=1" + fragment;
    }

    /** The current page's URL with projector mode flipped (for the "Large text" switch). */
    public static String toggleLarge(String path, String queryString) {
        StringJoiner kept = new StringJoiner("&");
        boolean wasLarge = false;
        if (queryString != null && !queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                if (pair.equals("large=1")) {
                    wasLarge = true;
                } else if (!pair.isEmpty() && !pair.startsWith("large=")) {
                    kept.add(pair);
                }
            }
        }
        if (!wasLarge) {
            kept.add("large=1");
        }
        return kept.length() == 0 ? path : path + "?" + kept;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
