package org.policyportal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets: each client may make {@code perMinute} requests a minute on average, in bursts of up
 * to ten seconds' worth (at least one request). Buckets of clients not seen for two minutes are dropped and at
 * most {@value #MAX_CLIENTS} are kept, so memory stays bounded whatever the number of addresses.
 *
 * <p>Thread-safe: the bucket map is concurrent and each bucket is updated under its own lock.
 */
public final class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    /**
     * @param allowed           whether the request may proceed
     * @param retryAfterSeconds when refused, whole seconds until a token is available (at least 1); else 0
     */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final double tokensPerNano;
    private final double capacity;
    private final LongSupplier nanoClock;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2)).maximumSize(MAX_CLIENTS).build();

    private RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be 1 or more");
        }
        this.tokensPerNano = perMinute / 60e9;
        this.capacity = Math.max(1.0, perMinute / 6.0);
        this.nanoClock = nanoClock;
    }

    /** A limiter on the system clock. */
    public static RateLimiter perMinute(int perMinute) {
        return new RateLimiter(perMinute, System::nanoTime);
    }

    /** A limiter on the given nanosecond clock (tests). */
    public static RateLimiter perMinute(int perMinute, LongSupplier nanoClock) {
        return new RateLimiter(perMinute, nanoClock);
    }

    /** Takes one token from {@code client}'s bucket if it has one. */
    public Decision acquire(String client) {
        long now = nanoClock.getAsLong();
        return buckets.get(client, k -> new Bucket(capacity, now)).take(now, capacity, tokensPerNano);
    }

    /** Tokens and last refill time of one client; guarded by its own monitor. */
    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized Decision take(long now, double capacity, double perNano) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0);
            }
            long wait = (long) Math.ceil((1 - tokens) / perNano / 1e9);
            return new Decision(false, Math.max(1, wait));
        }
    }
}
