package org.policyportal.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * The route a request matched, as its template ({@code /documents/{id}}), for metrics and the access log: raw
 * URLs would leak user input and give metrics unbounded cardinality. Static files are {@code /static/*}, anything
 * unmatched {@code unmatched}. Stateless and thread-safe.
 */
final class RouteTemplate {

    static final String STATIC = "/static/*";
    static final String UNMATCHED = "unmatched";

    private RouteTemplate() {
    }

    static String of(Context ctx) {
        Endpoint e = ctx.endpoints().matchedHttpEndpoint();
        if (e != null) {
            return e.path;
        }
        return ctx.path().startsWith("/static/") ? STATIC : UNMATCHED;
    }

    /** The {@code q} parameter for the access log, or null when absent or the query string cannot be decoded. */
    static String queryOrNull(Context ctx) {
        try {
            return ctx.queryParam("q");
        } catch (IllegalArgumentException e) {
            return null; // malformed percent-encoding: the request itself was already answered with 400
        }
    }
}
