package org.policyportal.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps a minimum interval between two requests to the same host.
 *
 * <p>Contract: {@link #acquire(String)} returns only once at least {@code interval} has passed since the previous
 * {@code acquire} for the same host (case-insensitive) returned; different hosts do not wait for each other.
 * Thread-safe; the lock is not held while sleeping.
 */
public final class HostRateLimiter {
    private final Duration interval;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final Map<String, Long> lastRequestNanos = new HashMap<>();

    public HostRateLimiter(Duration interval, Sleeper sleeper, LongSupplier nanoClock) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative");
        }
        this.interval = interval;
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
    }

    /** A limiter using the real clock and {@link Thread#sleep}. */
    public static HostRateLimiter of(Duration interval) {
        return new HostRateLimiter(interval, Sleeper.system(), System::nanoTime);
    }

    /** Waits until a request to {@code host} is allowed and records it. */
    public void acquire(String host) throws InterruptedException {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        while (true) {
            long waitNanos;
            synchronized (lastRequestNanos) {
                long now = nanoClock.getAsLong();
                Long last = lastRequestNanos.get(key);
                waitNanos = last == null ? 0 : last + interval.toNanos() - now;
                if (waitNanos <= 0) {
                    lastRequestNanos.put(key, now);
                    return;
                }
            }
            sleeper.sleep(Duration.ofNanos(waitNanos));
        }
    }
}
