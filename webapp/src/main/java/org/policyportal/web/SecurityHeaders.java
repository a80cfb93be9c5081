package org.policyportal.web;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers every response carries, errors and static files included. Set in a before-handler so that no route
 * can forget them. Stateless and thread-safe.
 */
public final class SecurityHeaders {

    /** No inline script or style anywhere: the one stylesheet and script come from 'self'. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Every header this class sets, in order; {@link JettyErrors} adds them to Jetty's own error answers too. */
    public static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(h);
    }

    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
