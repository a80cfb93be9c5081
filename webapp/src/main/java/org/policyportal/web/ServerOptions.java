package org.policyportal.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Operational limits of the HTTP server. Immutable and thread-safe; build with {@link #defaults()} and the
 * {@code with*} methods.
 *
 * @param rateLimitPerMinute requests per minute per client IP (token bucket, bursts of up to 10 seconds' worth);
 *                           0 switches rate limiting off
 * @param rateLimitLoopback  whether clients on 127.0.0.1/::1 are limited too (off by default so tests, local use
 *                           and a reverse proxy on the same host are not throttled)
 * @param maxQueryString     longest query string accepted, in characters; longer ones get 414
 * @param maxHeaderBytes     request line plus headers Jetty accepts (larger ones are refused by Jetty itself)
 * @param maxBodyBytes       largest request body read by a handler
 * @param idleTimeout        a connection silent for this long is closed (slow clients, idle keep-alives)
 * @param stopTimeout        how long a graceful stop waits for requests in flight
 */
public record ServerOptions(int rateLimitPerMinute, boolean rateLimitLoopback, int maxQueryString, int maxHeaderBytes,
                            long maxBodyBytes, Duration idleTimeout, Duration stopTimeout) {

    public static final int DEFAULT_MAX_QUERY_STRING = 4096;
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public ServerOptions {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rate limit must be 0 (off) or more requests per minute");
        }
        if (maxQueryString < 1 || maxHeaderBytes < 1024 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("request size limits must be positive (headers at least 1024 bytes)");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || stopTimeout.isNegative()) {
            throw new IllegalArgumentException("idle timeout must be positive and stop timeout not negative");
        }
    }

    /** No rate limit; the size limits and timeouts above. */
    public static ServerOptions defaults() {
        return new ServerOptions(0, false, DEFAULT_MAX_QUERY_STRING, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_STOP_TIMEOUT);
    }

    public ServerOptions withRateLimit(int perMinute, boolean includeLoopback) {
        return new ServerOptions(perMinute, includeLoopback, maxQueryString, maxHeaderBytes, maxBodyBytes,
                idleTimeout, stopTimeout);
    }

    public ServerOptions withTimeouts(Duration idle, Duration stop) {
        return new ServerOptions(rateLimitPerMinute, rateLimitLoopback, maxQueryString, maxHeaderBytes, maxBodyBytes,
                idle, stop);
    }

    public ServerOptions withMaxQueryString(int chars) {
        return new ServerOptions(rateLimitPerMinute, rateLimitLoopback, chars, maxHeaderBytes, maxBodyBytes,
                idleTimeout, stopTimeout);
    }
}
