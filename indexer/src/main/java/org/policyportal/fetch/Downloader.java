package org.policyportal.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Downloads one catalogue entry into the downloads directory.
 *
 * <p>Contract:
 * <ul>
 *   <li>redirects are followed (never from https to http); requests carry {@link Settings#userAgent()};</li>
 *   <li>the body is streamed into {@code <id>.part} and, only when complete, moved (atomically where supported) to
 *       {@code <id>.<ext>}; a failed attempt deletes the {@code .part} file, so a stored file is always complete;</li>
 *   <li>retries follow {@link RetryPolicy}; every request first waits on the per-host {@link HostRateLimiter};</li>
 *   <li>a body larger than {@link Settings#maxBytes()} fails the entry without retry;</li>
 *   <li>never throws for network or HTTP problems: they become a {@link DownloadResult.Status#FAILED} result.
 *       {@link InterruptedException} is propagated.</li>
 * </ul>
 */
public final class Downloader {

    /** Default User-Agent: names the tool and where to complain. */
    public static final String DEFAULT_USER_AGENT =
            "policy-portal-fetch/0.1 (+https://github.com/policyportal; sample-corpus downloader; polite, rate-limited)";

    /** Tunables for one run. */
    public record Settings(String userAgent, Duration timeout, long maxBytes, RetryPolicy retry) {
        public Settings {
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(retry, "retry");
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
        }

        public static Settings of(Duration timeout, long maxBytes, RetryPolicy retry) {
            return new Settings(DEFAULT_USER_AGENT, timeout, maxBytes, retry);
        }
    }

    private final HttpClient client;
    private final Settings settings;
    private final HostRateLimiter limiter;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Clock clock;
    private final Consumer<String> log;

    public Downloader(HttpClient client, Settings settings, HostRateLimiter limiter, Sleeper sleeper,
                      DoubleSupplier random, Clock clock, Consumer<String> log) {
        this.client = Objects.requireNonNull(client);
        this.settings = Objects.requireNonNull(settings);
        this.limiter = Objects.requireNonNull(limiter);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.random = Objects.requireNonNull(random);
        this.clock = Objects.requireNonNull(clock);
        this.log = Objects.requireNonNull(log);
    }

    /** A downloader with a real HTTP client (redirects followed) and real clock, sleeper and randomness. */
    public static Downloader create(Settings settings, HostRateLimiter limiter, Consumer<String> log) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.timeout())
                .build();
        return new Downloader(client, settings, limiter, Sleeper.system(), Math::random, Clock.systemUTC(), log);
    }

    /** Fetches {@code entry} into {@code outDir}, retrying as the policy allows. */
    public DownloadResult download(CatalogueEntry entry, Path outDir) throws InterruptedException {
        Path part = outDir.resolve(entry.id() + ".part");
        int attempt = 0;
        while (true) {
            attempt++;
            limiter.acquire(entry.host());
            Attempt outcome = attemptOnce(entry, outDir, part);
            if (outcome.result() != null) {
                return outcome.result().status() == DownloadResult.Status.DOWNLOADED
                        ? DownloadResult.downloaded(outcome.result().record(), attempt)
                        : DownloadResult.failed(entry.id(), attempt, outcome.result().reason());
            }
            if (!settings.retry().mayRetryAfter(attempt)) {
                return DownloadResult.failed(entry.id(), attempt,
                        outcome.retryReason() + " (gave up after " + attempt + " attempts)");
            }
            Duration wait = settings.retry().delayBeforeRetry(attempt, outcome.retryAfter(), random);
            log.accept(entry.id() + ": " + outcome.retryReason() + "; retry " + attempt + "/"
                    + settings.retry().maxRetries() + " in " + wait.toMillis() + " ms");
            sleeper.sleep(wait);
        }
    }

    /** Either a final result, or a retryable failure with its reason and optional Retry-After. */
    private record Attempt(DownloadResult result, String retryReason, Optional<Duration> retryAfter) {
        static Attempt done(DownloadResult r) {
            return new Attempt(r, null, Optional.empty());
        }

        static Attempt retry(String reason, Optional<Duration> retryAfter) {
            return new Attempt(null, reason, retryAfter);
        }
    }

    private Attempt attemptOnce(CatalogueEntry entry, Path outDir, Path part) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(entry.url())
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "*/*")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return Attempt.retry(describe(e), Optional.empty());
        }
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status < 200 || status > 299) {
                if (RetryPolicy.isRetryableStatus(status)) {
                    Optional<Duration> retryAfter = RetryPolicy.parseRetryAfter(
                            response.headers().firstValue("Retry-After").orElse(null), clock.instant());
                    return Attempt.retry("HTTP " + status, retryAfter);
                }
                return Attempt.done(DownloadResult.failed(entry.id(), 1, "HTTP " + status + " (not retried)"));
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > settings.maxBytes()) {
                return Attempt.done(DownloadResult.failed(entry.id(), 1, tooLarge()));
            }
            return storeBody(entry, outDir, part, response, body);
        } catch (IOException e) {
            deleteQuietlyLogged(part);
            return Attempt.retry(describe(e), Optional.empty());
        }
    }

    private Attempt storeBody(CatalogueEntry entry, Path outDir, Path part, HttpResponse<InputStream> response,
                              InputStream body) throws IOException {
        MessageDigest sha = FetchLog.newSha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(part)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = body.read(buf)) > 0; ) {
                size += n;
                if (size > settings.maxBytes()) {
                    out.close();
                    deleteQuietlyLogged(part);
                    return Attempt.done(DownloadResult.failed(entry.id(), 1, tooLarge()));
                }
                sha.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        URI finalUrl = response.uri();
        String ext = ContentTypes.chooseExtension(entry.url(), finalUrl, contentType, entry.format());
        String fileName = entry.id() + "." + ext;
        FetchLog.moveIntoPlace(part, outDir.resolve(fileName));
        FetchLog.Entry record = FetchLog.Entry.of(entry.id(), fileName, HexFormat.of().formatHex(sha.digest()), size,
                contentType, entry.url().toString(), finalUrl.toString(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        return Attempt.done(DownloadResult.downloaded(record, 1));
    }

    private String tooLarge() {
        return "larger than the limit of " + (settings.maxBytes() / (1024 * 1024)) + " MB (not retried)";
    }

    private void deleteQuietlyLogged(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            log.accept("could not delete partial file " + part + ": " + e.getMessage());
        }
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
    }
}
