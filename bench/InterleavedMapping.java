import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
/**
 * In-process A/B of two builds of the indexer's mapping ({@code DocumentMapper.toBlock}, no Lucene writer), in one
 * JVM: each indexer jar gets its own class loader (the libraries are shared), both map the same 600 generated
 * policies of 50 clauses ({@code ScaleCorpus}, seed 42, enriched by each build's own detector), and the order of the
 * two flips every round. Prints the thread CPU of each round and the median of new/old over rounds 10 and later
 * (the first rounds are the JIT's).
 * <p>Why: a build's wall and CPU time move by 20 % within minutes on this shared host, so a change to a part that
 * takes a few per cent of a build cannot be seen there.
 * <pre>
 * java --add-modules jdk.incubator.vector -Xmx3g -XX:+UseParallelGC bench/InterleavedMapping.java old.jar new.jar ROUNDS
 * </pre>
 * (jars: {@code indexer/target/indexer-*.jar} copies; run from the repository root after {@code mvn install}.)
 */
public class InterleavedMapping {
  public static void main(String[] a) throws Exception {
    List<URL> shared = new ArrayList<>();
    for (String p : Files.readString(Path.of("bench/target/classpath.txt")).trim().split(":")) {
      if (!p.contains("/webapp/target/") && !p.contains("/indexer/target/")) shared.add(Path.of(p).toUri().toURL());
    }
    ClassLoader libraries = new URLClassLoader(shared.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    int rounds = Integer.parseInt(a[2]);
    Object[] mappers = new Object[2];
    List<?>[] docs = new List<?>[2];
    Method[] toBlock = new Method[2];
    for (int v = 0; v < 2; v++) {
      ClassLoader l = new URLClassLoader(new URL[] {Path.of("bench/target/classes").toUri().toURL(),
          Path.of(a[v]).toUri().toURL()}, libraries);
      Class<?> corpusClass = l.loadClass("org.policyportal.bench.ScaleCorpus");
      Object corpus = corpusClass.getConstructor(long.class, int.class).newInstance(42L, 50);
      Class<?> registry = l.loadClass("org.policyportal.standards.StandardsRegistry");
      Object enricher = l.loadClass("org.policyportal.ingest.StandardsEnricher").getConstructor(registry)
          .newInstance(registry.getMethod("loadDefault").invoke(null));
      Method generate = corpusClass.getMethod("document", int.class);
      Method policy = Arrays.stream(corpusClass.getMethods()).filter(m -> m.getName().equals("policyDocument"))
          .findFirst().orElseThrow();
      List<Object> ds = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        ds.add(policy.invoke(corpus, generate.invoke(corpus, i), enricher, java.time.Instant.EPOCH));
      }
      docs[v] = ds;
      Class<?> schema = l.loadClass("org.policyportal.index.IndexSchema");
      Class<?> mapper = l.loadClass("org.policyportal.index.DocumentMapper");
      mappers[v] = mapper.getConstructor(schema).newInstance(schema.getConstructor().newInstance());
      toBlock[v] = mapper.getMethod("toBlock", l.loadClass("org.policyportal.document.PolicyDocument"));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double[] ms = new double[2];
      long[] documents = new long[2];
      for (int k = 0; k < 2; k++) {
        int v = r % 2 == 0 ? k : 1 - k;
        long start = threads.getCurrentThreadCpuTime();
        for (Object d : docs[v]) documents[v] += ((List<?>) toBlock[v].invoke(mappers[v], d)).size();
        ms[v] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      }
      if (documents[0] != documents[1]) throw new IllegalStateException("the builds made different blocks");
      if (r >= 10) ratios.add(ms[1] / ms[0]);
      System.out.printf("round %d: old %.0f ms, new %.0f ms, new/old %.3f (%d index documents)%n", r, ms[0], ms[1],
          ms[1] / ms[0], documents[0]);
    }
    Collections.sort(ratios);
    if (!ratios.isEmpty()) {
      System.out.printf("new/old over rounds 10-%d: median %.3f, quartiles %.3f-%.3f%n", rounds - 1,
          ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4), ratios.get(3 * ratios.size() / 4));
    }
  }
}
