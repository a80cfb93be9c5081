import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
/**
 * In-process A/B of two builds of the indexer's mapping ({@code DocumentMapper.toBlock}), in one JVM: each indexer
 * jar gets its own class loader (the libraries are shared), both map the same 600 generated policies of 50 clauses
 * ({@code ScaleCorpus}, seed 42, enriched by each build's own detector), and the order of the two flips every round.
 * Prints the thread CPU of each round and the median of new/old over rounds 10 and later (the first rounds are the
 * JIT's). With {@code index} as a fourth argument, each round also indexes the blocks with Lucene (the build's own
 * analyzer and codec, an in-memory directory) and flushes them: for changes to what a document holds, whose cost
 * lies in Lucene's indexing chain and flush rather than in the mapping.
 * <p>Why: a build's wall and CPU time move by 20 % within minutes on this shared host, so a change to a part that
 * takes a few per cent of a build cannot be seen there.
 * <pre>
 * java --add-modules jdk.incubator.vector -Xmx3g -XX:+UseParallelGC bench/InterleavedMapping.java old.jar new.jar ROUNDS [index]
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
    boolean index = a.length > 3 && a[3].equals("index");
    Object[] analyzers = new Object[2];
    Object[] codecs = new Object[2];
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
      Object built = schema.getConstructor().newInstance();
      mappers[v] = mapper.getConstructor(schema).newInstance(built);
      analyzers[v] = schema.getMethod("analyzer").invoke(built);
      codecs[v] = l.loadClass("org.policyportal.index.SparseNormsCodec").getConstructor().newInstance();
      toBlock[v] = mapper.getMethod("toBlock", l.loadClass("org.policyportal.document.PolicyDocument"));
    }
    // looked up once, outside the timed rounds
    Lucene lucene = new Lucene(libraries);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double[] ms = new double[2];
      long[] documents = new long[2];
      for (int k = 0; k < 2; k++) {
        int v = r % 2 == 0 ? k : 1 - k;
        long start = threads.getCurrentThreadCpuTime();
        Object writer = index ? lucene.writer(analyzers[v], codecs[v]) : null;
        for (Object d : docs[v]) {
          List<?> block = (List<?>) toBlock[v].invoke(mappers[v], d);
          documents[v] += block.size();
          if (writer != null) lucene.addDocuments.invoke(writer, block);
        }
        if (writer != null) {
          lucene.flush.invoke(writer);
          lucene.close.invoke(writer);
        }
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

  /** Lucene's writer API by reflection (the libraries have their own class loader), looked up once. */
  static final class Lucene {
    final Constructor<?> config, directory, writer;
    final Method ramBuffer, codec, addDocuments, flush, close;

    Lucene(ClassLoader libraries) throws Exception {
      Class<?> configClass = libraries.loadClass("org.apache.lucene.index.IndexWriterConfig");
      Class<?> writerClass = libraries.loadClass("org.apache.lucene.index.IndexWriter");
      config = configClass.getConstructor(libraries.loadClass("org.apache.lucene.analysis.Analyzer"));
      ramBuffer = configClass.getMethod("setRAMBufferSizeMB", double.class);
      codec = configClass.getMethod("setCodec", libraries.loadClass("org.apache.lucene.codecs.Codec"));
      directory = libraries.loadClass("org.apache.lucene.store.ByteBuffersDirectory").getConstructor();
      writer = writerClass.getConstructor(libraries.loadClass("org.apache.lucene.store.Directory"), configClass);
      addDocuments = writerClass.getMethod("addDocuments", Iterable.class);
      flush = writerClass.getMethod("flush");
      close = writerClass.getMethod("close");
    }

    /** A writer on an in-memory directory with the build's analyzer and codec. */
    Object writer(Object analyzer, Object codec) throws Exception {
      Object c = config.newInstance(analyzer);
      ramBuffer.invoke(c, 1024.0);
      this.codec.invoke(c, codec);
      return writer.newInstance(directory.newInstance(), c);
    }
  }
}
