import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the portal, run as a single-file program: {@code java bench/LoadClient.java [options]}.
 * N client threads each loop over random lines of the query file until the duration is over, then it prints
 * throughput, latency percentiles, errors and the server's heap (from {@code /metrics}) before and after, as
 * Markdown. It only ever talks to a loopback address and stops by itself.
 *
 * Options: --base http://127.0.0.1:7090  --queries bench/queries.txt  --clients 64  --duration 60  --seed 1
 *          --warmup 5 (seconds of unmeasured load first, with min(8, clients) clients)
 *          --transport socket|jdk (default socket)
 *
 * <p>Transports: {@code socket} is one blocking keep-alive HTTP/1.1 connection per client thread, reading each
 * response whole (Content-Length or chunked), like wrk. {@code jdk} is {@link HttpClient}, whose asynchronous
 * machinery hands every request between threads: on the 2-vCPU reference machine it took 1.45-1.6 ms of CPU per
 * request, CPU the server under test then lacks (the Solr baseline ran in-process, with no client at all).
 */
public final class LoadClient {

    record Sample(long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>(Map.of("--base", "http://127.0.0.1:7090", "--queries",
                "bench/queries.txt", "--clients", "64", "--duration", "60", "--seed", "1", "--warmup", "5",
                "--transport", "socket"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + opt.keySet());
            }
            opt.put(args[i], args[i + 1]);
        }
        URI base = URI.create(opt.get("--base"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing to load anything but a loopback address: " + base);
        }
        List<String> queries = Files.readAllLines(Path.of(opt.get("--queries"))).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        int clients = Integer.parseInt(opt.get("--clients"));
        Duration duration = Duration.ofSeconds(Long.parseLong(opt.get("--duration")));
        long seed = Long.parseLong(opt.get("--seed"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        String transport = opt.get("--transport");
        if (!transport.equals("socket") && !transport.equals("jdk")) {
            throw new IllegalArgumentException("--transport is socket or jdk, not " + transport);
        }
        Fetcher fetcher = transport.equals("jdk") ? q -> http.send(HttpRequest.newBuilder(base.resolve(q))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode()
                : null;
        Heap before = heap(http, base);
        // short warm-up so JIT and template compilation are not measured
        runClients(fetcher, base, queries, Math.min(8, clients),
                Duration.ofSeconds(Long.parseLong(opt.get("--warmup"))), seed + 1000);
        Instant start = Instant.now();
        List<Sample> samples = runClients(fetcher, base, queries, clients, duration, seed);
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        Heap after = heap(http, base);
        report(opt, queries.size(), samples, seconds, before, after);
        System.exit(0); // the HttpClient's executor threads must not keep the JVM alive
    }

    /** Sends one request and returns its HTTP status; an I/O failure is thrown (counted as status -1). */
    interface Fetcher {
        int fetch(String pathAndQuery) throws Exception;
    }

    /** @param shared the fetcher every client uses, or null for one keep-alive socket per client */
    static List<Sample> runClients(Fetcher shared, URI base, List<String> queries, int clients, Duration duration,
                                   long seed) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed + c);
            futures.add(pool.submit(() -> {
                List<Sample> mine = new ArrayList<>();
                try (SocketFetcher own = shared == null ? new SocketFetcher(base) : null) {
                    Fetcher fetcher = shared == null ? own : shared;
                    while (System.nanoTime() < deadline) {
                        String q = queries.get(random.nextInt(queries.size()));
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = fetcher.fetch(q);
                        } catch (IOException e) {
                            status = -1;
                        }
                        mine.add(new Sample(System.nanoTime() - t0, status));
                    }
                }
                return mine;
            }));
        }
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    /**
     * One keep-alive HTTP/1.1 connection, reconnected after a failure or a {@code Connection: close}. Reads the
     * whole body (Content-Length or chunked) and discards it. Not thread-safe: one per client thread.
     */
    static final class SocketFetcher implements Fetcher, AutoCloseable {
        private final String host;
        private final int port;
        private final byte[] buffer = new byte[64 * 1024];
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        SocketFetcher(URI base) {
            this.host = base.getHost();
            this.port = base.getPort() < 0 ? 80 : base.getPort();
        }

        @Override
        public int fetch(String pathAndQuery) throws IOException {
            try {
                return exchange(pathAndQuery);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private int exchange(String pathAndQuery) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                close = true;
                while (in.read(buffer) >= 0) {
                    // body until the server closes
                }
            }
            if (close) {
                close();
            }
            return code;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (r < 0) {
                    throw new IOException("connection closed inside a body");
                }
                n -= r;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed inside a response head");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a broken connection: nothing left to do with it
                }
                socket = null;
            }
        }
    }

    record Heap(double usedBytes, double committedBytes) {
    }

    private static final Pattern HEAP = Pattern.compile(
            "^jvm_memory_(used|committed)_bytes\\{area=\"heap\",[^}]*\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);

    static Heap heap(HttpClient http, URI base) throws Exception {
        String text = http.send(HttpRequest.newBuilder(base.resolve("/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double used = 0;
        double committed = 0;
        Matcher m = HEAP.matcher(text);
        while (m.find()) {
            double v = Double.parseDouble(m.group(2));
            if (m.group(1).equals("used")) {
                used += v;
            } else {
                committed += v;
            }
        }
        return new Heap(used, committed);
    }

    static void report(Map<String, String> opt, int queryCount, List<Sample> samples, double seconds, Heap before,
                       Heap after) {
        long[] ms = samples.stream().mapToLong(s -> s.nanos()).sorted().toArray();
        long errors = samples.stream().filter(s -> s.status() != 200).count();
        Map<Integer, Long> byStatus = new TreeMap<>();
        samples.forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
        System.out.printf("| setting | value |%n|---|---|%n");
        System.out.printf("| target | %s |%n| clients | %s |%n| transport | %s |%n| duration | %.1f s |%n"
                        + "| query lines | %d |%n", opt.get("--base"), opt.get("--clients"), opt.get("--transport"),
                seconds, queryCount);
        System.out.printf("%n| result | value |%n|---|---|%n");
        System.out.printf("| requests | %d |%n| throughput | %.1f req/s |%n", ms.length, ms.length / seconds);
        System.out.printf("| latency p50 | %.2f ms |%n| latency p95 | %.2f ms |%n| latency p99 | %.2f ms |%n"
                        + "| latency max | %.1f ms |%n", pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6);
        System.out.printf("| errors (non-200) | %d |%n| statuses | %s |%n", errors, byStatus);
        System.out.printf("| heap used before / after | %.0f MiB / %.0f MiB |%n", before.usedBytes() / 1048576,
                after.usedBytes() / 1048576);
        System.out.printf("| heap committed before / after | %.0f MiB / %.0f MiB |%n",
                before.committedBytes() / 1048576, after.committedBytes() / 1048576);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

}
