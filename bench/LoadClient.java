import java.io.IOException;
import java.net.InetAddress;
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
 */
public final class LoadClient {

    record Sample(long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>(Map.of("--base", "http://127.0.0.1:7090", "--queries",
                "bench/queries.txt", "--clients", "64", "--duration", "60", "--seed", "1", "--warmup", "5"));
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
        Heap before = heap(http, base);
        // short warm-up so JIT and template compilation are not measured
        runClients(http, base, queries, Math.min(8, clients), Duration.ofSeconds(Long.parseLong(opt.get("--warmup"))),
                seed + 1000);
        Instant start = Instant.now();
        List<Sample> samples = runClients(http, base, queries, clients, duration, seed);
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        Heap after = heap(http, base);
        report(opt, queries.size(), samples, seconds, before, after);
        System.exit(0); // the HttpClient's executor threads must not keep the JVM alive
    }

    static List<Sample> runClients(HttpClient http, URI base, List<String> queries, int clients, Duration duration,
                                   long seed) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed + c);
            futures.add(pool.submit(() -> {
                List<Sample> mine = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    String q = queries.get(random.nextInt(queries.size()));
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(HttpRequest.newBuilder(base.resolve(q)).timeout(Duration.ofSeconds(30))
                                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    mine.add(new Sample(System.nanoTime() - t0, status));
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
        System.out.printf("| target | %s |%n| clients | %s |%n| duration | %.1f s |%n| query lines | %d |%n",
                opt.get("--base"), opt.get("--clients"), seconds, queryCount);
        System.out.printf("%n| result | value |%n|---|---|%n");
        System.out.printf("| requests | %d |%n| throughput | %.1f req/s |%n", ms.length, ms.length / seconds);
        System.out.printf("| latency p50 | %.1f ms |%n| latency p95 | %.1f ms |%n| latency p99 | %.1f ms |%n"
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
