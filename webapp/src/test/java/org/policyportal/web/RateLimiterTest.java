package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token buckets per client, and 429 with Retry-After over HTTP (loopback only when switched on). */
class RateLimiterTest {

    @TempDir
    Path corpus;

    @Test
    void bucketAllowsABurstThenRefillsAtTheConfiguredRate() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = RateLimiter.perMinute(60, now::get); // 1/s, burst 10
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.acquire("a").allowed()).as("burst %d", i).isTrue();
        }
        RateLimiter.Decision refused = limiter.acquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.acquire("b").allowed()).as("other clients have their own bucket").isTrue();
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.acquire("a").allowed()).as("refilled to the burst size only").isTrue();
        }
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void slowRatesAskForLongerWaits() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = RateLimiter.perMinute(2, now::get); // burst 1, one per 30 s
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void invalidRatesAreRefused() {
        assertThatThrownBy(() -> RateLimiter.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerOptions.defaults().withRateLimit(-1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loopbackIsExemptByDefault() {
        PortalServer server = new PortalServer(FakeSearchService.standard(), corpus,
                ServerOptions.defaults().withRateLimit(6, false));
        int port = server.start("127.0.0.1", 0);
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(get(port, "/api/search?q=x").statusCode()).isEqualTo(200);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void overTheLimitIs429WithRetryAfterAndSecurityHeaders() {
        PortalServer server = new PortalServer(FakeSearchService.standard(), corpus,
                ServerOptions.defaults().withRateLimit(6, true)); // burst of 1
        int port = server.start("127.0.0.1", 0);
        try {
            assertThat(get(port, "/api/search?q=x").statusCode()).isEqualTo(200);
            HttpResponse<String> api = get(port, "/api/search?q=x");
            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(api.headers().firstValue("Retry-After")).hasValueSatisfying(
                    v -> assertThat(Long.parseLong(v)).isBetween(1L, 10L));
            assertThat(api.body()).contains("\"status\":429").contains("Too many requests");
            HttpResponse<String> page = get(port, "/search?q=x");
            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
            assertThat(get(port, "/health").statusCode()).as("health is never limited").isEqualTo(200);
            assertThat(get(port, "/metrics").statusCode()).as("metrics are never limited").isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Test
    void onlyIpLiteralsCountAsLoopback() {
        assertThat(RequestGuard.isLoopback("127.0.0.1")).isTrue();
        assertThat(RequestGuard.isLoopback("127.8.9.10")).isTrue();
        assertThat(RequestGuard.isLoopback("::1")).isTrue();
        assertThat(RequestGuard.isLoopback("[0:0:0:0:0:0:0:1]")).isTrue();
        assertThat(RequestGuard.isLoopback("10.0.0.1")).isFalse();
        assertThat(RequestGuard.isLoopback("localhost")).isFalse();
        assertThat(RequestGuard.isLoopback("")).isFalse();
        assertThat(RequestGuard.isLoopback(null)).isFalse();
    }

    static HttpResponse<String> get(int port, String path) {
        return new Http(port).get(path);
    }
}
