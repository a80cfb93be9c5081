package org.policyportal.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.policyportal.clauses.ClauseSplitter;
import org.policyportal.extract.Extractor;
import org.policyportal.extract.IsolatedExtractor;
import org.policyportal.extract.TextExtractor;
import org.policyportal.extract.TikaPolicy;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.LanguageGuesser;
import org.policyportal.metadata.MetadataResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code portal index}: builds or updates the index from a corpus folder and publishes it atomically. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index a folder of policy documents (incremental unless --full) and publish it atomically.")
public final class IndexCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "${env:PORTAL_CORPUS:-corpus}", description = "Folder of documents (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--manifest", description = "CSV manifest (default: manifest.csv in the corpus folder, if any).")
    Path manifest;

    @Option(names = "--index", defaultValue = "${env:PORTAL_INDEX:-data/index}", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Option(names = "--full", description = "Rebuild from scratch instead of updating changed files.")
    boolean full;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds allowed per file (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-chars", defaultValue = "5000000", description = "Text kept per file before it is marked truncated (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--isolation", defaultValue = "process",
            description = "Where files are extracted: 'process' (child JVMs with a heap limit, killed on timeout: "
                    + "a hostile file cannot stall or crash the run) or 'thread' (this JVM; faster start). Default: ${DEFAULT-VALUE}.")
    String isolation;

    @Option(names = "--worker-heap-mb", defaultValue = "768",
            description = "Heap limit of the extraction process per extraction thread (default: ${DEFAULT-VALUE}).")
    int workerHeapMb;

    @Option(names = "--class-cache", defaultValue = "${env:PORTAL_CACHE}",
            description = "Folder where the extraction processes keep a class-data archive, which starts each about "
                    + "0.7 s faster (default: $PORTAL_CACHE, which ./portal sets to data/cache; none when unset).")
    Path classCache;

    @Option(names = "--no-standards", hidden = true,
            description = "Skip standards detection (to measure its cost).")
    boolean noStandards;

    /** How standards are detected; wired by the launcher. */
    private final Enricher enricher;

    public IndexCommand(Enricher enricher) {
        this.enricher = enricher;
    }

    @Override
    public Integer call() throws Exception {
        Path m = manifest;
        if (m == null && Files.isRegularFile(corpus.resolve(CorpusScanner.MANIFEST_NAME))) {
            m = corpus.resolve(CorpusScanner.MANIFEST_NAME);
        } else if (m != null && !Files.isRegularFile(m)) {
            System.err.println("Manifest not found: " + m);
            return 2;
        }
        TikaPolicy policy = TikaPolicy.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds)).withMaxChars(maxChars);
        IngestOptions.Isolation where = switch (isolation) {
            case "process" -> IngestOptions.Isolation.childProcesses(workerHeapMb)
                    .withClassCache(classCache == null || classCache.toString().isBlank() ? null : classCache);
            case "thread" -> IngestOptions.Isolation.inProcess();
            default -> {
                System.err.println("--isolation must be 'process' or 'thread'");
                yield null;
            }
        };
        if (where == null) {
            return 2;
        }
        IngestOptions options = new IngestOptions(corpus, m, index,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, full, policy, where);
        return run(options, noStandards ? new NoStandardsEnricher() : enricher);
    }

    /** Runs an ingest and prints its summary; 0 when an index was published, 1 when nothing could be indexed. */
    public static int run(IngestOptions options, Enricher enricher) throws Exception {
        IndexSchema schema = new IndexSchema();
        try (TextExtractor extractor = options.isolation().processes()
                ? new IsolatedExtractor(options.policy(), options.threads(),
                        IsolatedExtractor.Limits.withHeap(options.isolation().heapMb())
                                .withClassCache(options.isolation().classCache()))
                : new Extractor(options.policy())) {
            DocumentPipeline pipeline = new DocumentPipeline(extractor, new MetadataResolver(new LanguageGuesser()),
                    new ClauseSplitter(), enricher);
            IngestRun.Result result = new IngestRun(options, schema, pipeline).run();
            Path reportFile = result.generation() == null ? null : result.generation().resolve(IndexLayout.REPORT);
            result.report().printSummary(System.out, reportFile);
            if (!result.published()) {
                System.err.println("Nothing indexed: " + result.message() + ". The previous index (if any) stays live.");
                return 1;
            }
            System.out.println("Index " + result.message() + " in " + options.index());
            return 0;
        }
    }
}
