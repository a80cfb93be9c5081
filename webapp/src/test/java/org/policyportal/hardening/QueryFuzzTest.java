package org.policyportal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and malicious query strings and parameter combinations against {@code /search} and
 * {@code /api/search} on a real server over a real index: never a 5xx, every answer within
 * {@value #MAX_MILLIS} ms, HTML that parses with a title and JSON that parses.
 */
class QueryFuzzTest extends HostilePortal {

    static final long SEED = 20261128L;
    static final int REQUESTS = 10_000;
    static final int THREADS = 3;
    static final long MAX_MILLIS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] NASTY = {"*", "?*", "**", "*foo", "a*", "ab*", "?", "~", "foo~2", "/.*/", "\"",
            "\"\"", "\"unbalanced", "(", ")", "((a)", "a)", "field:", "title:", "country:", "year:", "year:..",
            "year:0..99999", "year:abc", "ref:", "standard:", "body:\"", "OR", "OR OR", "a OR", "OR b", "-", "--", "-a",
            "- -", "AND", "NOT", "&&", "||", "%00", "\u0000", "\u0001", "\u001b[31m", "\r\n", "\t", "' OR 1=1 --",
            "\"; DROP TABLE docs; --", "1' UNION SELECT * FROM users", HostileIndex.SCRIPT, HostileIndex.IMG,
            HostileIndex.SVG, HostileIndex.JS_URL, "{{7*7}}", "${7*7}", "#{7*7}", "<%= 7*7 %>", "../../etc/passwd",
            "\\", "\\\\", "\uFEFF", "\u202E", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "🙂🙂", "中文 搜索", "ﷺ", "Z̴̡̛a̷l̸g̶o", "52.204-21",
            "ISO/IEC 27001:2022", "SP 800-171", "dmarc", "security", "cloud", "tls", "dnssec", "leverancier*",
            "\"supply chain\"", "title:cloud", "country:NL", "year:2019..2022", "-ssl tls", "dmarc OR spf"};
    private static final String[] PARAMS = {"q", "country", "issuingBody", "standard", "language", "year",
            "yearFrom", "yearTo", "mode", "sort", "page", "size", "facetLimit", "more", "digital", "security",
            "securityStandards", "strength", "large", "foo", "q[]", "", "Q", "page[0]"};
    private static final String[] NUMBERS = {"-1", "0", "1", "2", "10", "99", "100", "101", "1000", "9999",
            "10000", "99999999", "2147483647", "2147483648", "-2147483649", "1e9", "0x10", "1.5", "abc", "", " ",
            "NaN", "٣", "１"};

    @Test
    void tenThousandRandomAndMaliciousRequestsNeverFailOrHang() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        int port = URI.create(portal.base()).getPort();
        // warm-up: templates compile and JIT settles before requests are timed
        for (int i = 0; i < 20; i++) {
            portal.get("/search?q=security");
            portal.get("/api/search?q=security");
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        AtomicInteger resent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(SEED + t);
                int count = REQUESTS / THREADS + (t < REQUESTS % THREADS ? 1 : 0);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < count && failures.size() < 20; i++) {
                        check(client, port, random, failures, slowest, resent);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        org.slf4j.LoggerFactory.getLogger(QueryFuzzTest.class).info("{} requests, slowest {} ms, {} sent again",
                done.get(), slowest.get(), resent.get());
        assertThat(failures).as("failures (slowest %d ms)", slowest.get()).isEmpty();
        assertThat(done.get()).isEqualTo(REQUESTS);
    }

    private void check(HttpClient client, int port, Random random, ConcurrentLinkedQueue<String> failures,
                       AtomicLong slowest, AtomicInteger resent) throws Exception {
        boolean api = random.nextBoolean();
        String path = api ? "/api/search" : "/search";
        boolean raw = random.nextInt(20) == 0;
        String target = path + "?" + (raw ? rawQuery(random) : query(random));
        long start = System.nanoTime();
        int status;
        String body;
        String type;
        String headers;
        if (raw) {
            RawHttp.Response r = RawHttp.get(port, target, (int) MAX_MILLIS * 2);
            status = r.status();
            body = r.body();
            type = r.head().toLowerCase().contains("content-type: application/json") ? "json" : "html";
            headers = r.head();
        } else {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                    .timeout(Duration.ofMillis(MAX_MILLIS * 2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            body = r.body();
            type = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json") ? "json" : "html";
            headers = r.headers().map().toString();
            if (status == 400 && !type.equals("json") && body.contains("Illegal character")) {
                // Jetty's own parse error for a request the portal never saw: the JDK client now and then sends a
                // request on a connection that carried one Jetty refused, although that answer said Connection:
                // close (RequestLimitsTest checks the header), and the request meets the refused one's unread rest
                // (three full-suite runs in the project's history). On a connection of its own it must get the
                // portal's answer, which the checks below then judge.
                resent.incrementAndGet();
                RawHttp.Response again = RawHttp.get(port, target, (int) MAX_MILLIS * 2);
                status = again.status();
                body = again.body();
                type = again.head().toLowerCase().contains("content-type: application/json") ? "json" : "html";
                headers = again.head();
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        slowest.accumulateAndGet(ms, Math::max);
        String id = status + " " + ms + "ms " + target.substring(0, Math.min(300, target.length()));
        if (status >= 500) {
            failures.add("5xx: " + id);
        } else if (ms > MAX_MILLIS) {
            failures.add("slow: " + id);
        } else if (status == 414 || status == 431) {
            return; // refused before routing; body is the error page or Jetty's own
        } else if (api) {
            if (!type.equals("json")) {
                // once a reused connection after Jetty's own 414 (fixed by JettyErrors' Connection: close):
                // say exactly what came back, for the next look
                failures.add("api answered non-JSON: " + id + (raw ? " (raw request)" : "") + "; headers " + headers
                        + "; body " + body.substring(0, Math.min(200, body.length())));
            } else {
                JSON.readTree(body);
            }
        } else if (Jsoup.parse(body).title().isBlank()) {
            failures.add("HTML without title: " + id);
        }
    }

    private static String query(Random r) {
        StringBuilder sb = new StringBuilder();
        int params = r.nextInt(6);
        for (int i = 0; i < params; i++) {
            String name = PARAMS[r.nextInt(PARAMS.length)];
            if (i == 0 && r.nextInt(3) > 0) {
                name = "q";
            }
            String value = switch (name) {
                case "page", "size", "facetLimit", "year", "yearFrom", "yearTo" -> r.nextInt(4) == 0 ? text(r)
                        : NUMBERS[r.nextInt(NUMBERS.length)];
                case "mode" -> pick(r, "documents", "clauses", "DOCUMENTS", "x", "");
                case "sort" -> pick(r, "relevance", "year", "year-asc", "random", "");
                default -> text(r);
            };
            int repeat = r.nextInt(10) == 0 ? 2 + r.nextInt(60) : 1;
            for (int k = 0; k < repeat; k++) {
                sb.append(sb.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(value));
            }
        }
        return sb.toString();
    }

    private static String text(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> randomUnicode(r, 1 + r.nextInt(40));
            case 1 -> NASTY[r.nextInt(NASTY.length)].repeat(1 + r.nextInt(200));
            case 2 -> "a* ".repeat(100);
            case 3 -> "x".repeat(r.nextBoolean() ? 501 : 5_000);
            case 4 -> (NASTY[r.nextInt(NASTY.length)] + " ").repeat(r.nextInt(70));
            default -> {
                StringBuilder sb = new StringBuilder();
                int n = 1 + r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    sb.append(NASTY[r.nextInt(NASTY.length)]).append(r.nextInt(4) == 0 ? "" : " ");
                }
                yield sb.toString();
            }
        };
    }

    private static String randomUnicode(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(0x80);
                case 1 -> r.nextInt(0x800);
                case 2 -> 0x1F300 + r.nextInt(0x300);
                default -> r.nextInt(0xD7FF);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** Query strings with malformed or raw escapes that a strict client would refuse to send. */
    private static String rawQuery(Random r) {
        return pick(r, "q=%", "q=%zz", "q=%00", "q=%C0%AF", "q=%ff%fe", "q=%E2%82", "q=a%2", "q=%%%%",
                "q=%u0041", "page=%00", "q=%0d%0aSet-Cookie:x=1", "q=%252e%252e%252f", "q=" + "%41".repeat(3000),
                "&&&&", "=&=&=", "q", "q=a&q=b&q=c", "q=%3Cscript%3E", "size=%2d1", "country=%FF");
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
