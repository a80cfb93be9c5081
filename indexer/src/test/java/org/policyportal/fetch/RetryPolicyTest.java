package org.policyportal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000),
            Duration.ofSeconds(30));

    @Test
    void backoffDoublesAndIsCapped() {
        assertThat(policy.exponentialDelay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.exponentialDelay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.exponentialDelay(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.exponentialDelay(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.exponentialDelay(5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.exponentialDelay(64)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitterStaysBetweenHalfAndFullDelay() {
        assertThat(policy.delayBeforeRetry(3, Optional.empty(), () -> 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delayBeforeRetry(3, Optional.empty(), () -> 0.999_999)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delayBeforeRetry(3, Optional.empty(), () -> 0.5)).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void retryAfterReplacesBackoffAndIsCapped() {
        assertThat(policy.delayBeforeRetry(1, Optional.of(Duration.ofSeconds(7)), () -> 0.5))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayBeforeRetry(1, Optional.of(Duration.ofHours(2)), () -> 0.5))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void parsesRetryAfterSecondsAndHttpDate() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("120", now)).contains(Duration.ofSeconds(120));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(90).atOffset(ZoneOffset.UTC));
        assertThat(RetryPolicy.parseRetryAfter(date, now)).contains(Duration.ofSeconds(90));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter(null, now)).isEmpty();
    }

    @Test
    void classifiesStatusesAndCountsAttempts() {
        assertThat(RetryPolicy.isRetryableStatus(503)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(500)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(429)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(404)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(403)).isFalse();
        RetryPolicy two = RetryPolicy.withRetries(2);
        assertThat(two.mayRetryAfter(1)).isTrue();
        assertThat(two.mayRetryAfter(2)).isTrue();
        assertThat(two.mayRetryAfter(3)).isFalse();
    }

    @Test
    void rateLimiterSpacesRequestsPerHost() throws Exception {
        AtomicLong clock = new AtomicLong();
        AtomicLong slept = new AtomicLong();
        HostRateLimiter limiter = new HostRateLimiter(Duration.ofMillis(1000),
                d -> { slept.addAndGet(d.toNanos()); clock.addAndGet(d.toNanos()); }, clock::get);
        limiter.acquire("a.example");
        limiter.acquire("b.example");
        assertThat(slept.get()).isZero();
        clock.addAndGet(Duration.ofMillis(300).toNanos());
        limiter.acquire("A.example");
        assertThat(Duration.ofNanos(slept.get())).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void extensionFromUrlThenContentTypeThenFormat() {
        java.net.URI noExt = java.net.URI.create("https://example.org/publications/bod-18-01");
        assertThat(ContentTypes.chooseExtension(java.net.URI.create("https://e.org/x/Doc.PDF"), null, "text/html", ""))
                .isEqualTo("pdf");
        assertThat(ContentTypes.chooseExtension(noExt, noExt, "text/html; charset=utf-8", "pdf")).isEqualTo("html");
        assertThat(ContentTypes.chooseExtension(noExt, noExt,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "")).isEqualTo("docx");
        assertThat(ContentTypes.chooseExtension(noExt, noExt, "application/octet-stream", "pdf")).isEqualTo("pdf");
        assertThat(ContentTypes.chooseExtension(noExt, noExt, null, "H/P")).isEqualTo("bin");
        assertThat(ContentTypes.chooseExtension(java.net.URI.create("https://e.org/page.aspx"), null, "text/html", ""))
                .isEqualTo("html");
    }
}
