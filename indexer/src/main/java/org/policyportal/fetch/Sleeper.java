package org.policyportal.fetch;

import java.time.Duration;

/** Waits for a duration; injectable so tests need not sleep for real. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code duration} (no-op for zero or negative durations). */
    void sleep(Duration duration) throws InterruptedException;

    /** The real sleeper backed by {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d.toMillis());
            }
        };
    }
}
