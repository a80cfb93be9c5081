package org.policyportal.web;

import io.javalin.http.Context;

/**
 * Headers every response carries, errors and static files included. Set in a before-handler so that no route
 * can forget them. Stateless and thread-safe.
 */
public final class SecurityHeaders {

    /** No inline script or style anywhere: the one stylesheet and script come from 'self'. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                + "interest-cohort=()");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
