import java.io.*;
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
/**
 * In-process A/B of two or more builds of the web app on one index, in one JVM: each jar gets its own class loader
 * (Lucene and the other libraries are shared), and every query of the mix runs once per jar back to back, the order
 * flipping per query and round, so the host's drift (other guests, frequency) falls on all jars alike. Prints each
 * jar's thread CPU per query per round and the ratio last/first; the totals must match. A jar given as
 * {@code JAR@INDEX} searches that index instead of {@code INDEX} (to compare two layouts of one corpus). With
 * {@code THREADS=n} (n > 1) each service searches with n threads and the figure is wall time per query instead.
 * <p>Why: on this shared 2-processor host the medians of whole-mix runs of one build in separate JVMs ranged over
 * 6.05-7.46 ms per query, and single rounds in one JVM over 4.7-7.7 ms, so 10 % changes were unmeasurable;
 * interleaved per query, A/A runs gave ratios of 0.99-1.02 per round.
 * <pre>
 * java --add-modules jdk.incubator.vector -Xmx2g bench/InterleavedCpu.java INDEX MIX documents|clauses ROUNDS old.jar new.jar
 * </pre>
 * (jars: {@code webapp/target/webapp-*.jar} copies; run from the repository root after {@code mvn install}.)
 */
public class InterleavedCpu {
  public static void main(String[] a) throws Exception {
    String dep = Files.readString(Path.of("bench/target/classpath.txt")).trim();
    List<URL> shared = new ArrayList<>(); String indexerJar = null;
    for (String p : dep.split(":")) {
      if (p.contains("/webapp/target/")) continue;
      if (p.contains("/indexer/target/")) { indexerJar = p; continue; }
      shared.add(Path.of(p).toUri().toURL());
    }
    ClassLoader parent = new URLClassLoader(shared.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    int rounds = Integer.parseInt(a[3]);
    // THREADS=n (n > 1): each service searches with n threads (segment slices, overlapped passes), and the figure
    // is wall time per query, the latency of a lone client, instead of the caller thread's CPU
    int threads = Integer.parseInt(System.getenv().getOrDefault("THREADS", "1"));
    List<String> jars = Arrays.asList(a).subList(4, a.length);
    int n = jars.size();
    Object[] services = new Object[n]; Method[] search = new Method[n]; Method[] total = new Method[n]; List<?>[] mixes = new List<?>[n];
    for (int k = 0; k < n; k++) {
      String[] jarAndIndex = jars.get(k).split("@", 2);
      String index = jarAndIndex.length > 1 ? jarAndIndex[1] : a[0];
      ClassLoader l = new URLClassLoader(new URL[]{Path.of("bench/target/classes").toUri().toURL(), Path.of(jarAndIndex[0]).toUri().toURL(), Path.of(indexerJar).toUri().toURL()}, parent);
      Thread.currentThread().setContextClassLoader(l);
      Class<?> mixC = l.loadClass("org.policyportal.bench.QueryMix");
      Class<?> reqC = l.loadClass("org.policyportal.search.SearchRequest");
      Class<?> modeC = l.loadClass("org.policyportal.search.SearchMode");
      Object mode = modeC.getField(a[2].equals("clauses") ? "CLAUSES" : "DOCUMENTS").get(null);
      List<?> raw = (List<?>) mixC.getMethod("read", Path.class).invoke(null, Path.of(a[1]));
      List<Object> mix = new ArrayList<>();
      for (Object r : raw) mix.add(reqC.getMethod("withMode", modeC).invoke(r, mode));
      mixes[k] = mix;
      Class<?> labelsC = l.loadClass("org.policyportal.search.StandardLabels");
      Class<?> budgetC = l.loadClass("org.policyportal.search.QueryBudget");
      Class<?> svcC = l.loadClass("org.policyportal.search.LuceneSearchService");
      Object labels = labelsC.getMethod("fallback").invoke(null);
      Object budget = budgetC.getMethod("of", Duration.class).invoke(null, Duration.ZERO);
      if (threads > 1) {
        Class<?> settingsC = l.loadClass("org.policyportal.search.SearchSettings");
        Object settings = settingsC.getConstructor(budgetC, long.class, int.class).newInstance(budget, 0L, threads);
        services[k] = svcC.getConstructor(Path.class, labelsC, Duration.class, settingsC).newInstance(Path.of(index), labels, Duration.ZERO, settings);
      } else {
        services[k] = svcC.getConstructor(Path.class, labelsC, Duration.class, budgetC, long.class).newInstance(Path.of(index), labels, Duration.ZERO, budget, 0L);
      }
      search[k] = svcC.getMethod("search", reqC);
      total[k] = l.loadClass("org.policyportal.search.SearchResult").getMethod("total");
    }
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    int q = mixes[0].size();
    List<Double> ratios = new ArrayList<>();
    double[] sums = new double[n];
    for (int round = 0; round < rounds; round++) {
      long[] cpu = new long[n]; long[] tot = new long[n];
      for (int i = 0; i < q; i++) {
        for (int j = 0; j < n; j++) {
          int k = (i + round) % 2 == 0 ? j : n - 1 - j;
          long c0 = threads > 1 ? System.nanoTime() : t.getCurrentThreadCpuTime();
          Object res = search[k].invoke(services[k], mixes[k].get(i));
          cpu[k] += (threads > 1 ? System.nanoTime() : t.getCurrentThreadCpuTime()) - c0;
          tot[k] += (long) total[k].invoke(res);
        }
      }
      StringBuilder sb = new StringBuilder("round " + round + ":");
      for (int k = 0; k < n; k++) sb.append(String.format(" %s %.3f ms (totals %d)", jars.get(k), cpu[k] / 1e6 / q, tot[k]));
      double ratio = (double) cpu[n - 1] / cpu[0];
      sb.append(String.format("  last/first %.3f", ratio));
      System.out.println(sb);
      if (round >= 2) { ratios.add(ratio); for (int k = 0; k < n; k++) sums[k] += cpu[k] / 1e6 / q; }
    }
    Collections.sort(ratios);
    System.out.printf("rounds 3..%d: mean ms/query", rounds);
    for (int k = 0; k < n; k++) System.out.printf(" %s %.3f", jars.get(k), sums[k] / (rounds - 2));
    System.out.printf("; ratio last/first median %.3f (min %.3f max %.3f)%n", ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    System.exit(0);
  }
}
