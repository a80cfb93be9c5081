package org.policyportal.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
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
import org.openjdk.jmh.annotations.Warmup;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;
import org.policyportal.index.SparseNormsCodec;
import org.policyportal.ingest.StandardsEnricher;
import org.policyportal.standards.StandardsRegistry;

/**
 * The segment write alone: a buffer of generated policy blocks (as the indexer maps them) is filled before each
 * invocation, outside the timing, and the invocation flushes it to an in-memory directory. {@code codec}: Lucene's
 * default, or the indexer's {@link SparseNormsCodec}. Run the two values in alternating JMH runs
 * ({@code -p codec=...}): the shared host's speed drifts more between minutes than within one.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main FlushBench -p codec=sparseNorms</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class FlushBench {

    @Param({"default", "sparseNorms"})
    public String codec;

    /** 1,000 policies of 50 clauses: a parent is one index document in 51, as sparse as corpus-real's. */
    @Param({"1000"})
    public int docs;

    List<List<Document>> blocks;
    IndexWriter writer;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        ScaleCorpus corpus = new ScaleCorpus(42, 50);
        StandardsEnricher enricher = new StandardsEnricher(StandardsRegistry.loadDefault());
        DocumentMapper mapper = new DocumentMapper(new IndexSchema());
        Instant now = Instant.parse("2026-11-28T00:00:00Z");
        blocks = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            blocks.add(mapper.toBlock(corpus.policyDocument(corpus.document(i), enricher, now)));
        }
    }

    @Setup(Level.Invocation)
    public void fill() throws Exception {
        IndexWriterConfig config = new IndexWriterConfig(new IndexSchema().analyzer()).setRAMBufferSizeMB(1024);
        if (codec.equals("sparseNorms")) {
            config.setCodec(new SparseNormsCodec());
        }
        writer = new IndexWriter(new ByteBuffersDirectory(), config);
        for (List<Document> block : blocks) {
            writer.addDocuments(block);
        }
    }

    @Benchmark
    public long flush() throws Exception {
        writer.flush();
        return writer.getPendingNumDocs();
    }

    @TearDown(Level.Invocation)
    public void close() throws Exception {
        writer.close();
    }
}
