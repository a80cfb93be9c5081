package org.policyportal.solrbaseline;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Issue #7's search bar, rebuilt so it can run on this machine beside the portal: the portal's query-mix lines
 * ({@code /api/search?q=...&size=10&country=...}) as Solr requests to an embedded core built by {@link SolrBuild}:
 * edismax over title and text with every word required, each filter as a filter query, counts on the four facet
 * fields, and three unified-highlighter snippets of the text per hit. For each client count: {@code WARMUP} seconds
 * unmeasured, then {@code SECONDS} measured, each client looping over random lines. Prints one Markdown row per
 * client count: requests/s, p50, p95, p99 in ms.
 *
 * <pre>java -Dsolr.data.dir=INDEX_DATA -cp target/classes:$(cat target/classpath.txt)
 *     org.policyportal.solrbaseline.SolrSearch SOLR_HOME MIX WARMUP SECONDS CLIENTS...</pre>
 *
 * <p>Parameters the portal has and this index lacks (the standards facet) must be left out of the mix: the
 * caller passes the same mix to both.
 */
public final class SolrSearch {

    private static final List<String> FACETS = List.of("country", "issuing_body", "year", "language");

    private SolrSearch() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        List<ModifiableSolrParams> mix = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> l.startsWith("/api/search?")).map(SolrSearch::params).toList();
        int warmup = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        AtomicLong errors = new AtomicLong();
        try (EmbeddedSolrServer solr = new EmbeddedSolrServer(home, "policies")) {
            System.out.println("| clients | req/s | p50 ms | p95 ms | p99 ms | requests | errors (all so far) |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
            for (int a = 4; a < args.length; a++) {
                int clients = Integer.parseInt(args[a]);
                run(solr, mix, clients, warmup, 1, errors);
                long[] lat = run(solr, mix, clients, seconds, 2, errors);
                Arrays.sort(lat);
                System.out.printf("| %d | %.1f | %.2f | %.2f | %.2f | %d | %d |%n", clients,
                        lat.length / (double) seconds, pct(lat, 50), pct(lat, 95), pct(lat, 99), lat.length,
                        errors.get());
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /**
     * Latencies (ns) of every request finished within {@code seconds}, by {@code clients} threads; a request Solr
     * refuses is added to {@code errors} instead.
     */
    private static long[] run(EmbeddedSolrServer solr, List<ModifiableSolrParams> mix, int clients, int seconds,
                              long seed, AtomicLong errors) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1000 + c);
            parts.add(pool.submit(() -> {
                List<Long> out = new ArrayList<>();
                while (System.nanoTime() < end) {
                    ModifiableSolrParams q = mix.get(random.nextInt(mix.size()));
                    long start = System.nanoTime();
                    try {
                        solr.query(q);
                    } catch (Exception e) {
                        // counted, not timed: a request the bar's Solr could not answer is no speed figure
                        errors.incrementAndGet();
                        continue;
                    }
                    long done = System.nanoTime();
                    if (done < end) {
                        out.add(done - start);
                    }
                }
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : parts) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    /** A portal search line as Solr parameters. */
    static ModifiableSolrParams params(String line) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("defType", "edismax");
        p.set("qf", "title content");
        p.set("q.op", "AND");
        p.set("fl", "id,title,country,issuing_body,year,language,score");
        p.set("facet", true);
        p.set("facet.mincount", 1);
        p.set("facet.field", FACETS.toArray(String[]::new));
        p.set("hl", true);
        p.set("hl.method", "unified");
        p.set("hl.fl", "content");
        p.set("hl.snippets", 3);
        List<String> filters = new ArrayList<>();
        for (String pair : line.substring(line.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = pair.substring(0, eq);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "q" -> p.set("q", value);
                case "size" -> p.set("rows", value);
                case "country", "language", "year" -> filters.add(key + ":\"" + value + "\"");
                case "issuing_body" -> filters.add("issuing_body:\"" + value.replace("\"", "\\\"") + "\"");
                // the portal's choice of facets: the mix asks for the four this search counts, nothing else
                case "facets" -> {
                    if (!value.equals("country,issuingBody,year,language")) {
                        throw new IllegalArgumentException("Solr counts " + FACETS + " only, not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("no Solr field for '" + key + "' in " + line);
            }
        }
        p.set("fq", filters.toArray(String[]::new));
        return p;
    }
}
