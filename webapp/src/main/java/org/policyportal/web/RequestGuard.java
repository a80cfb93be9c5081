package org.policyportal.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Before-handler that refuses abusive requests before any work is done: a query string longer than
 * {@link ServerOptions#maxQueryString()} gets 414, a client over its rate limit 429 with {@code Retry-After}.
 * {@code /health}, {@code /metrics} and {@code /static/*} are never rate limited. Refusals are thrown, so the one
 * error chain ({@link ErrorHandling}) renders them. Thread-safe.
 */
final class RequestGuard {

    private final ServerOptions options;
    private final RateLimiter limiter;

    /** @param limiter null when rate limiting is off */
    RequestGuard(ServerOptions options, RateLimiter limiter) {
        this.options = options;
        this.limiter = limiter;
    }

    static RequestGuard of(ServerOptions options) {
        return new RequestGuard(options, options.rateLimitPerMinute() > 0
                ? RateLimiter.perMinute(options.rateLimitPerMinute()) : null);
    }

    void check(Context ctx) {
        String qs = ctx.queryString();
        if (qs != null && qs.length() > options.maxQueryString()) {
            throw new HttpResponseException(414, "The address is too long (at most " + options.maxQueryString()
                    + " characters after '?'). Shorten the search or remove some filters.");
        }
        if (limiter == null || exempt(ctx.path())) {
            return;
        }
        String ip = ctx.ip();
        if (!options.rateLimitLoopback() && isLoopback(ip)) {
            return;
        }
        RateLimiter.Decision d = limiter.acquire(ip);
        if (!d.allowed()) {
            ctx.header("Retry-After", Long.toString(d.retryAfterSeconds()));
            throw new HttpResponseException(429, "Too many requests from your address. Try again in "
                    + d.retryAfterSeconds() + " seconds.");
        }
    }

    private static boolean exempt(String path) {
        return path.equals("/health") || path.equals("/metrics") || path.startsWith("/static/");
    }

    /** True for 127.0.0.0/8 and ::1 literals; anything that is not an IP literal is not loopback (never resolved). */
    static boolean isLoopback(String ip) {
        if (ip == null) {
            return false;
        }
        String literal = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        if (literal.isEmpty() || !literal.chars().allMatch(c -> c == '.' || c == ':' || Character.digit(c, 16) >= 0)) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress(); // a literal: no name lookup
        } catch (UnknownHostException e) {
            return false; // malformed literal: treat as a remote client
        }
    }
}
