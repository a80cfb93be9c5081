package org.policyportal.solrbaseline;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Issue #7's indexing bar, rebuilt so it can run on this machine beside the portal: every file of a manifest parsed
 * by Tika (auto-detection, text only, at most {@link #MAX_CHARS} characters) in this JVM, and added to an
 * embedded Solr 9.10 core as one document (text, title and the four facet fields of the bar), on {@code THREADS}
 * threads, then one commit. A file Tika cannot read is counted and skipped. Prints one line: files, failures and the
 * time from the first file to the commit's end; the caller times the whole JVM.
 *
 * <pre>java -Dsolr.data.dir=EMPTY_DIR -cp target/classes:$(cat target/classpath.txt)
 *     org.policyportal.solrbaseline.SolrBuild SOLR_HOME MANIFEST [THREADS]</pre>
 *
 * <p>Not the original baseline's code, which the issue does not give: its Solr configuration is Solr's defaults
 * where the issue is silent (see {@code solr-home/policies/conf}). It reads the manifest with commons-csv itself
 * rather than through the portal's {@code Manifest}: the indexer brings Lucene 10, which cannot share a classpath
 * with Solr 9's Lucene 9.
 */
public final class SolrBuild {

    /**
     * Characters of text kept per file: the portal's limit by default. {@code -Dbaseline.maxChars=100000} gives what
     * Tika's {@code BodyContentHandler} keeps when no limit is named.
     */
    private static final int MAX_CHARS = Integer.getInteger("baseline.maxChars", 5_000_000);

    private SolrBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path manifest = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path root = manifest.toAbsolutePath().getParent();
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        Parser parser = new AutoDetectParser();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        try (EmbeddedSolrServer solr = new EmbeddedSolrServer(home, "policies")) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (CSVRecord row : rows) {
                done.add(pool.submit(() -> {
                    Path file = root.resolve(row.get("path"));
                    String text;
                    Metadata metadata = new Metadata();
                    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
                    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
                    try (InputStream stream = TikaInputStream.get(file, metadata)) {
                        parser.parse(stream, handler, metadata, new ParseContext());
                        text = handler.toString();
                    } catch (Exception e) {
                        if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                            failed.incrementAndGet();
                            return null;
                        }
                        text = handler.toString();
                    }
                    SolrInputDocument doc = new SolrInputDocument();
                    doc.addField("id", row.get("path"));
                    doc.addField("title", row.get("title"));
                    doc.addField("content", text);
                    for (String facet : List.of("country", "issuing_body", "year", "language")) {
                        doc.addField(facet, row.get(facet));
                    }
                    solr.add(doc);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            solr.commit();
        }
        System.out.printf("Solr: %d files, %d failed, %.1f s from the first file to the committed index%n",
                rows.size(), failed.get(), (System.nanoTime() - start) / 1e9);
    }
}
