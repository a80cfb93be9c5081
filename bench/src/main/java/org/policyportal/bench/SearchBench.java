package org.policyportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.QueryBudget;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.cli.Wiring;

/**
 * In-process search benchmark over a built index: the full {@code LuceneSearchService.search} path (parse,
 * drill-sideways facets on every dimension, 10 hits, three highlighted snippets per hit) for the seeded
 * Solr-comparable mix, in document and clause mode.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main SearchBench \
 *      -p index=/tmp/perf/real -p mix=bench/query-mix.txt -rf json -rff bench/results/search-jmh.json
 * </pre>
 * {@code index} is an index root (the folder holding {@code CURRENT}); its default comes from the system
 * property {@code bench.index}. Each invocation runs the next query of the mix (round robin per thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class SearchBench {

    @Param({""})
    public String index;

    @Param({"bench/query-mix.txt"})
    public String mix;

    @Param({"documents", "clauses"})
    public String mode;

    LuceneSearchService service;
    SearchRequest[] requests;

    @Setup(Level.Trial)
    public void open() throws Exception {
        String root = index.isEmpty() ? System.getProperty("bench.index", "") : index;
        if (root.isEmpty() || !Files.isDirectory(Path.of(root))) {
            throw new IllegalStateException("set -p index=INDEXROOT or -Dbench.index=INDEXROOT to a built index");
        }
        service = new LuceneSearchService(Path.of(root), Wiring.standard().labels(), Duration.ZERO,
                QueryBudget.defaults());
        SearchMode m = SearchMode.fromParam(mode);
        List<SearchRequest> all = QueryMix.read(Path.of(mix));
        requests = all.stream().map(r -> r.withMode(m)).toArray(SearchRequest[]::new);
    }

    @TearDown(Level.Trial)
    public void close() {
        service.close();
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public void oneClient(Cursor c, Blackhole bh) {
        bh.consume(run(c));
    }

    @Benchmark
    @Threads(2)
    public void twoClients(Cursor c, Blackhole bh) {
        bh.consume(run(c));
    }

    private SearchResult run(Cursor c) {
        SearchRequest r = requests[c.next++ % requests.length];
        return service.search(r);
    }
}
