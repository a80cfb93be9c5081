package org.policyportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.policyportal.extract.ExtractionException;
import org.policyportal.extract.IsolatedExtractor;
import org.policyportal.extract.TikaPolicy;
import org.policyportal.metadata.Manifest;

/**
 * The work of issue #7's Solr indexing baseline, done with the portal's own extraction: every file of a manifest
 * through the same Tika worker processes as {@code portal index}, then one Lucene document per file (text and title
 * analysed, stored; four facet fields). No clauses, word pairs, standards detection, language guessing or merge.
 * It separates the cost of extraction, which the portal shares with the baseline, from the cost of the richer
 * index the portal builds. Not a product path: nothing searches this index.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.policyportal.bench.OneDocPerFileBuild
 *     MANIFEST OUT_DIR [THREADS]</pre>
 */
public final class OneDocPerFileBuild {

    private static final List<String> FACETS = List.of("country", "issuing_body", "year", "language");

    private OneDocPerFileBuild() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Manifest manifest = Manifest.read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        FacetsConfig facets = new FacetsConfig();
        ConcurrentLinkedQueue<Manifest.Row> queue = new ConcurrentLinkedQueue<>(manifest.rows());
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(100);
        Files.createDirectories(out);
        try (IsolatedExtractor extractor = new IsolatedExtractor(TikaPolicy.defaults(), threads,
                IsolatedExtractor.Limits.withHeap(768));
             IndexWriter writer = new IndexWriter(FSDirectory.open(out), config)) {
            extractor.expect(manifest.rows().size());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> jobs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    jobs.add(pool.submit(() -> {
                        for (Manifest.Row row; (row = queue.poll()) != null; ) {
                            try {
                                String text = extractor.extract(manifest.folder().resolve(row.path())).text();
                                writer.addDocument(facets.build(document(row, text)));
                                indexed.incrementAndGet();
                            } catch (ExtractionException e) {
                                failed.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> job : jobs) {
                    job.get();
                }
            } finally {
                // a failed job ends the run: the other thread must not keep the JVM alive
                pool.shutdownNow();
            }
            writer.commit();
        }
        System.out.printf("indexed %d, failed %d, %.1f s (JVM start to commit: add the JVM's own start)%n",
                indexed.get(), failed.get(), (System.nanoTime() - start) / 1e9);
    }

    private static Document document(Manifest.Row row, String text) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", row.path(), Field.Store.YES));
        d.add(new TextField("title", row.values().getOrDefault("title", ""), Field.Store.YES));
        d.add(new TextField("text", text, Field.Store.YES));
        for (String name : FACETS) {
            String value = row.values().get(name);
            if (value != null) {
                d.add(new StringField(name, value, Field.Store.YES));
                d.add(new SortedSetDocValuesFacetField(name, value));
            }
        }
        return d;
    }
}
