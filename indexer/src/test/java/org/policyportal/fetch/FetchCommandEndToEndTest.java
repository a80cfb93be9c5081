package org.policyportal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code fetch} against a local HTTP server: success, retry, 404, redirect, slow body, size limit, resume. */
class FetchCommandEndToEndTest {

    private static final byte[] PDF = "%PDF-1.4\n% fake policy document A\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML = "<html><head><title>Page</title></head><body>Policy</body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT = "Flaky but eventually fine.\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOCX = "PK\u0003\u0004 pretend docx".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JSON_HALF_1 = "{\"policy\": \"slow".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON_HALF_2 = " body\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private HttpServer server;
    private Path out;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicBoolean partSeenWhileSlow = new AtomicBoolean();
    private final AtomicBoolean finalSeenWhileSlow = new AtomicBoolean(true);
    private final java.util.Set<String> userAgents = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws IOException {
        out = tmp.resolve("downloads");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        try (ex) {
            switch (path) {
                case "/docs/a.pdf" -> send(ex, 200, "application/pdf", PDF);
                case "/page" -> send(ex, 200, "text/html; charset=utf-8", HTML);
                case "/flaky" -> {
                    if (flakyCalls.incrementAndGet() <= 2) {
                        ex.getResponseHeaders().add("Retry-After", "0");
                        send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
                    } else {
                        send(ex, 200, "text/plain; charset=utf-8", TEXT);
                    }
                }
                case "/missing" -> send(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8));
                case "/moved" -> {
                    ex.getResponseHeaders().add("Location", "/target/b.docx");
                    ex.sendResponseHeaders(302, -1);
                }
                case "/target/b.docx" -> send(ex, 200,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX);
                case "/slow" -> slow(ex);
                case "/big" -> {
                    ex.getResponseHeaders().add("Content-Type", "application/pdf");
                    ex.sendResponseHeaders(200, 0); // chunked: no Content-Length, the limit must hit while streaming
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream body = ex.getResponseBody()) {
                        for (int i = 0; i < 40; i++) { // 2.5 MB
                            body.write(chunk);
                        }
                    } catch (IOException clientGaveUp) {
                        // expected: the client closes the connection once the limit is exceeded
                        hits.computeIfAbsent("/big#aborted", p -> new AtomicInteger()).incrementAndGet();
                    }
                }
                default -> send(ex, 404, "text/plain", new byte[0]);
            }
        }
    }

    private void slow(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, JSON_HALF_1.length + JSON_HALF_2.length);
        OutputStream body = ex.getResponseBody();
        body.write(JSON_HALF_1);
        body.flush();
        Path part = out.resolve("slow.part");
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (!Files.exists(part) && System.nanoTime() < deadline) {
            sleep(20);
        }
        partSeenWhileSlow.set(Files.exists(part));
        finalSeenWhileSlow.set(Files.exists(out.resolve("slow.json")));
        sleep(150);
        body.write(JSON_HALF_2);
        body.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private Path writeCatalogue() throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String csv = String.join("\n",
                "id,title,country,issuing_body,year,language,format,url,licence_note",
                "a,\"Policy A, with a comma\",NL,Forum Standaardisatie,2019,nl,pdf," + base + "/docs/a.pdf,CC BY 4.0",
                "page,Page without extension,US,CISA,2017,en,html," + base + "/page,Public domain",
                "flaky,Flaky server,GB,Cabinet Office,2023,en,txt," + base + "/flaky,OGL v3.0",
                "missing,Gone,DE,BSI,2014,de,pdf," + base + "/missing,unknown",
                "moved,Redirected,FR,ANSSI,2022,fr,docx," + base + "/moved,Licence Ouverte 2.0",
                "slow,Slow JSON,EU,ENISA,2016,en,json," + base + "/slow,see site",
                "big,Too big,AU,ASD,2024,en,pdf," + base + "/big,CC BY 4.0") + "\n";
        Path f = tmp.resolve("sources.csv");
        Files.writeString(f, csv);
        return f;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path sources, String... extra) {
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        CommandLine cl = new CommandLine(new FetchCommand());
        cl.setOut(new PrintWriter(so, true));
        cl.setErr(new PrintWriter(se, true));
        List<String> args = new java.util.ArrayList<>(List.of("--sources", sources.toString(), "--out", out.toString(),
                "--rate-ms", "0", "--backoff-ms", "5", "--retries", "3", "--timeout-s", "10", "--max-mb", "1",
                "--no-progress"));
        args.addAll(List.of(extra));
        int exit = cl.execute(args.toArray(String[]::new));
        return new Run(exit, so.toString(), se.toString());
    }

    @Test
    void downloadsRetriesFailsCleanlyAndResumes() throws Exception {
        Path sources = writeCatalogue();
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.part"), "stale half-written junk from a crashed run");

        Run first = run(sources);

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("a.pdf"))).isEqualTo(PDF);
        assertThat(Files.readAllBytes(out.resolve("page.html"))).isEqualTo(HTML);
        assertThat(Files.readAllBytes(out.resolve("flaky.txt"))).isEqualTo(TEXT);
        assertThat(Files.readAllBytes(out.resolve("moved.docx"))).isEqualTo(DOCX);
        assertThat(Files.readString(out.resolve("slow.json"))).isEqualTo("{\"policy\": \"slow body\"}");
        assertThat(flakyCalls.get()).isEqualTo(3);
        assertThat(hits.get("/missing").get()).as("404 is not retried").isEqualTo(1);
        assertThat(partSeenWhileSlow).as("body is streamed into a .part file").isTrue();
        assertThat(finalSeenWhileSlow).as("final file appears only when complete").isFalse();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part"))
                    .noneMatch(n -> n.startsWith("missing.") || n.startsWith("big."));
        }
        assertThat(userAgents).allMatch(ua -> ua.startsWith("policy-portal-fetch/"));

        assertThat(first.out()).contains("5 downloaded, 0 skipped (already there), 2 failed")
                .containsPattern("FAILED\\s+missing\\s+HTTP 404 \\(not retried\\)")
                .containsPattern("FAILED\\s+big\\s+larger than the limit of 1 MB")
                .containsPattern("downloaded\\s+flaky\\s+flaky.txt \\(\\d+ bytes, 3 attempts\\)");
        assertThat(first.err()).contains("flaky: HTTP 503; retry 1/3").contains("[7/7]");

        JsonNode log = new ObjectMapper().readTree(out.resolve("fetch-log.json").toFile()).get("entries");
        assertThat(log.get("a").get("sha256").asText()).isEqualTo(sha256(PDF));
        assertThat(log.get("a").get("size").asLong()).isEqualTo(PDF.length);
        assertThat(log.get("a").get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(log.get("moved").get("finalUrl").asText()).endsWith("/target/b.docx");
        assertThat(log.get("moved").get("sourceUrl").asText()).endsWith("/moved");
        assertThat(log.get("page").get("fetchedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(log.has("missing")).isFalse();

        List<CSVRecord> manifest = readManifest();
        assertThat(manifest).extracting(r -> r.get("path"))
                .containsExactly("a.pdf", "page.html", "flaky.txt", "moved.docx", "slow.json");
        CSVRecord a = manifest.get(0);
        assertThat(a.get("title")).isEqualTo("Policy A, with a comma");
        assertThat(a.get("country")).isEqualTo("NL");
        assertThat(a.get("issuing_body")).isEqualTo("Forum Standaardisatie");
        assertThat(a.get("year")).isEqualTo("2019");
        assertThat(a.get("language")).isEqualTo("nl");
        assertThat(a.get("source_url")).endsWith("/docs/a.pdf");
        assertThat(a.get("format")).isEqualTo("pdf");
        assertThat(a.get("licence")).isEqualTo("CC BY 4.0");
        assertThat(Files.readString(out.resolve("manifest.csv"))).contains("\"Policy A, with a comma\"");

        // Second run: everything present is skipped without a request; failures are tried again.
        int pdfHits = hits.get("/docs/a.pdf").get();
        int slowHits = hits.get("/slow").get();
        Run second = run(sources);
        assertThat(hits.get("/docs/a.pdf").get()).isEqualTo(pdfHits);
        assertThat(hits.get("/slow").get()).isEqualTo(slowHits);
        assertThat(flakyCalls.get()).isEqualTo(3);
        assertThat(second.out()).contains("0 downloaded, 5 skipped (already there), 2 failed");
        assertThat(second.exit()).as("nothing downloaded and failures").isEqualTo(1);

        // Only the good ones: all skipped is a success.
        Run third = run(sources, "--only", "a", "--only", "slow");
        assertThat(third.exit()).isZero();
        assertThat(third.out()).contains("0 downloaded, 2 skipped (already there), 0 failed");
        assertThat(readManifest()).hasSize(5);

        // A tampered file no longer matches its checksum and is fetched again.
        Files.writeString(out.resolve("a.pdf"), "tampered");
        Run fourth = run(sources, "--only", "a");
        assertThat(fourth.out()).contains("1 downloaded, 0 skipped");
        assertThat(Files.readAllBytes(out.resolve("a.pdf"))).isEqualTo(PDF);
        assertThat(hits.get("/docs/a.pdf").get()).isEqualTo(pdfHits + 1);
    }

    @Test
    void unknownIdAndBrokenCatalogueFail() throws Exception {
        Path sources = writeCatalogue();
        Run unknown = run(sources, "--only", "nope");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).contains("FAILED").contains("nope").contains("not in catalogue");

        Path broken = tmp.resolve("broken.csv");
        Files.writeString(broken, "id,title\nx,y\n");
        Run bad = run(broken);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("header must be");
    }

    private List<CSVRecord> readManifest() throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve("manifest.csv"))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(r).getRecords();
            return rows;
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
