package org.policyportal.web.insights;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The absolute origin ({@code http://host:port}) for links that leave the page: exports, feeds, QR codes and
 * citations. The Host header comes from the client, so only a plain host name or address with an optional port is
 * used; anything else falls back to {@code localhost}. Stateless and thread-safe.
 */
final class BaseUrl {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?");

    private BaseUrl() {
    }

    static String of(Context ctx) {
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + host;
    }
}
