package org.policyportal.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying a failed download.
 *
 * <p>Contract:
 * <ul>
 *   <li>a request is attempted at most {@code maxRetries + 1} times;</li>
 *   <li>I/O errors, HTTP 5xx and HTTP 429 are retryable; every other 4xx (and 3xx that was not followed) is not;</li>
 *   <li>the wait before retry {@code n} (1-based) is exponential, {@code base * 2^(n-1)} capped at {@code maxDelay},
 *       with "equal jitter": a uniformly random value in {@code [d/2, d]};</li>
 *   <li>a server-sent {@code Retry-After} (delta seconds or HTTP-date) replaces the computed backoff, capped at
 *       {@code maxRetryAfter} so a hostile header cannot stall the run.</li>
 * </ul>
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** Policy with a 1 s base delay, a 60 s cap and Retry-After honoured up to 120 s. */
    public static RetryPolicy withRetries(int maxRetries) {
        return new RetryPolicy(maxRetries, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    /** Same policy with another base delay (the cap grows to at least the base). */
    public RetryPolicy withBaseDelay(Duration base) {
        Duration cap = maxDelay.compareTo(base) < 0 ? base : maxDelay;
        return new RetryPolicy(maxRetries, base, cap, maxRetryAfter);
    }

    /** Whether an HTTP status warrants another attempt. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /** Whether attempt number {@code attemptsSoFar} (1-based, already made) may be followed by another one. */
    public boolean mayRetryAfter(int attemptsSoFar) {
        return attemptsSoFar <= maxRetries;
    }

    /** Exponential backoff without jitter before retry {@code retry} (1-based). */
    public Duration exponentialDelay(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry is 1-based");
        }
        int shift = Math.min(retry - 1, 30);
        long millis;
        try {
            millis = Math.multiplyExact(baseDelay.toMillis(), 1L << shift);
        } catch (ArithmeticException overflow) {
            millis = Long.MAX_VALUE;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /**
     * The wait before retry {@code retry}.
     *
     * @param retry      1-based retry number
     * @param retryAfter the server's Retry-After, if any
     * @param random     uniform source in [0, 1)
     */
    public Duration delayBeforeRetry(int retry, Optional<Duration> retryAfter, DoubleSupplier random) {
        if (retryAfter.isPresent()) {
            Duration ra = retryAfter.get();
            if (ra.isNegative()) {
                return Duration.ZERO;
            }
            return ra.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : ra;
        }
        long d = exponentialDelay(retry).toMillis();
        long half = d / 2;
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofMillis(half + Math.round((d - half) * r));
    }

    /**
     * Parses a {@code Retry-After} header value: delta-seconds or an RFC 1123 HTTP-date.
     *
     * @return the wait relative to {@code now}, empty if the value is absent or unparseable
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException tooLarge) {
                return Optional.of(Duration.ofDays(1));
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
