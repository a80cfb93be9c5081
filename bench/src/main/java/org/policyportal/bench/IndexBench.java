package org.policyportal.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;
import org.policyportal.ingest.Enricher;
import org.policyportal.ingest.GenerationWriter;
import org.policyportal.ingest.StandardsEnricher;
import org.policyportal.standards.StandardsRegistry;

/**
 * Indexing throughput without file I/O: (a) standards enrichment + mapping + Lucene indexing of generated scale
 * documents into an in-memory directory (documents/s), (b) the mapping + Lucene part alone. Extraction (Tika,
 * Jsoup) is measured end to end by {@code bench/index-bench.sh}.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main IndexBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class IndexBench {

    static final int BATCH = 100;

    @Param({"50"})
    public int clausesPerDoc;

    ScaleCorpus corpus;
    Enricher enricher;
    IndexSchema schema;
    DocumentMapper mapper;
    List<ScaleCorpus.Generated> generated;
    List<PolicyDocument> enriched;
    IndexWriter writer;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        corpus = new ScaleCorpus(42, clausesPerDoc);
        enricher = new StandardsEnricher(StandardsRegistry.loadDefault());
        schema = new IndexSchema();
        mapper = new DocumentMapper(schema);
        generated = new ArrayList<>();
        enriched = new ArrayList<>();
        Instant now = Instant.parse("2026-11-28T00:00:00Z");
        for (int i = 0; i < 1000; i++) {
            generated.add(corpus.document(i));
            enriched.add(corpus.policyDocument(generated.get(i), enricher, now));
        }
    }

    @Setup(Level.Iteration)
    public void newWriter() throws Exception {
        if (writer != null) {
            writer.close();
        }
        writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(schema.analyzer())
                .setRAMBufferSizeMB(GenerationWriter.flushAtMb(Runtime.getRuntime().maxMemory())));
    }

    /** Enrichment (standards detection) + mapping + Lucene, per document. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void enrichMapIndex(Blackhole bh) throws Exception {
        Instant now = Instant.now();
        for (int k = 0; k < BATCH; k++) {
            PolicyDocument d = corpus.policyDocument(generated.get(next++ % generated.size()), enricher, now);
            writer.addDocuments(mapper.toBlock(d));
        }
        bh.consume(writer.getPendingNumDocs());
    }

    /** Mapping + Lucene only, per document. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void mapIndex(Blackhole bh) throws Exception {
        for (int k = 0; k < BATCH; k++) {
            writer.addDocuments(mapper.toBlock(enriched.get(next++ % enriched.size())));
        }
        bh.consume(writer.getPendingNumDocs());
    }
}
