package org.policyportal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.QueryBudget;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.StandardLabels;

/**
 * CPU milliseconds per query of a whole query mix through the search service, in-process, one thread, no result
 * cache and no time limit. Thread CPU time hardly moves when other jobs share the machine (wall time does, 2-3x),
 * so this is the figure to compare two versions of the search path on a busy machine.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.policyportal.bench.SearchCpu INDEX MIX
 *      [documents|clauses] [ROUNDS=5]</pre>
 * Prints one line per round (the first ones include JIT warm-up) and the sum of result totals, which must be
 * equal between versions that claim to return the same results.
 */
public final class SearchCpu {

    private SearchCpu() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchCpu INDEX MIX [documents|clauses] [ROUNDS]");
            System.exit(2);
        }
        SearchMode mode = args.length > 2 && args[2].equals("clauses") ? SearchMode.CLAUSES : SearchMode.DOCUMENTS;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<SearchRequest> mix = QueryMix.read(Path.of(args[1])).stream().map(r -> r.withMode(mode)).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LuceneSearchService service = new LuceneSearchService(Path.of(args[0]), StandardLabels.fallback(),
                Duration.ZERO, QueryBudget.of(Duration.ZERO), 0)) {
            for (int round = 1; round <= rounds; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                long totals = 0;
                for (SearchRequest r : mix) {
                    totals += service.search(r).total();
                }
                System.out.printf("round %d: %.2f ms CPU/query, %.2f ms wall/query, %d queries, totals %d%n", round,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / mix.size(),
                        (System.nanoTime() - wall) / 1e6 / mix.size(), mix.size(), totals);
            }
        }
    }
}
