package org.policyportal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.policyportal.index.IndexLayout;
import org.policyportal.search.QueryBudget;
import org.policyportal.search.SearchSettings;
import org.policyportal.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: builds the index on first start when none exists, opens the search service and serves the
 * portal until the process is stopped (a shutdown hook stops the server gracefully, then closes the service).
 * Every option can also come from an environment variable, for containers.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search portal (builds the index from the corpus first if there is none).")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final IndexBuilder indexBuilder;
    private final BiFunction<Path, SearchSettings, SearchService> serviceFactory;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:PORTAL_INDEX:-data/index}",
            description = "Index folder (env PORTAL_INDEX, default ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:PORTAL_CORPUS:-corpus}",
            description = "Corpus folder: originals are served from here and the first index is built from it "
                    + "(env PORTAL_CORPUS, default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--port", defaultValue = "${env:PORTAL_PORT:-7070}",
            description = "TCP port, 0 for any free one (env PORTAL_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:PORTAL_HOST:-127.0.0.1}",
            description = "Interface to bind (env PORTAL_HOST, default ${DEFAULT-VALUE}); 0.0.0.0 for all.")
    String host;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "${env:PORTAL_RATE_LIMIT:-300}",
            description = "Requests per minute per client IP, in bursts of up to 10 seconds' worth; 0 = off "
                    + "(env PORTAL_RATE_LIMIT, default ${DEFAULT-VALUE}). Loopback clients are exempt unless "
                    + "--rate-limit-loopback.")
    int rateLimit;

    @Option(names = "--rate-limit-loopback", defaultValue = "${env:PORTAL_RATE_LIMIT_LOOPBACK:-false}",
            description = "Rate-limit clients on 127.0.0.1/::1 too (env PORTAL_RATE_LIMIT_LOOPBACK). Behind a local "
                    + "reverse proxy all users would then share one bucket: limit at the proxy instead.")
    boolean rateLimitLoopback;

    @Option(names = "--search-timeout-ms", paramLabel = "MS", defaultValue = "${env:PORTAL_SEARCH_TIMEOUT_MS:-1000}",
            description = "Time one search may take before it returns partial results with a notice; 0 = no limit "
                    + "(env PORTAL_SEARCH_TIMEOUT_MS, default ${DEFAULT-VALUE}).")
    long searchTimeoutMs;

    @Option(names = "--max-query-string", paramLabel = "CHARS",
            defaultValue = "${env:PORTAL_MAX_QUERY_STRING:-4096}",
            description = "Longest query string accepted; longer gets 414 (env PORTAL_MAX_QUERY_STRING, "
                    + "default ${DEFAULT-VALUE}).")
    int maxQueryString;

    @Option(names = "--idle-timeout", paramLabel = "S", defaultValue = "${env:PORTAL_IDLE_TIMEOUT:-30}",
            description = "Seconds a silent connection (a slow client) is kept open (env PORTAL_IDLE_TIMEOUT, "
                    + "default ${DEFAULT-VALUE}).")
    int idleTimeoutSeconds;

    @Option(names = "--shutdown-timeout", paramLabel = "S", defaultValue = "${env:PORTAL_SHUTDOWN_TIMEOUT:-10}",
            description = "Seconds a stop waits for requests in flight (env PORTAL_SHUTDOWN_TIMEOUT, "
                    + "default ${DEFAULT-VALUE}).")
    int shutdownTimeoutSeconds;

    @Option(names = "--max-concurrent-searches", paramLabel = "N",
            defaultValue = "${env:PORTAL_MAX_CONCURRENT_SEARCHES:-0}",
            description = "Searches run at once; more wait up to 10 s, then get 503 (env "
                    + "PORTAL_MAX_CONCURRENT_SEARCHES, default 0 = twice the processors).")
    int maxConcurrentSearches;

    /**
     * @param indexBuilder   builds the first index when none is published yet
     * @param serviceFactory opens the search service over an index root (ignores the search settings)
     */
    public ServeCommand(IndexBuilder indexBuilder, Function<Path, SearchService> serviceFactory) {
        this(indexBuilder, (BiFunction<Path, SearchSettings, SearchService>) (index, s) -> serviceFactory.apply(index));
    }

    /**
     * @param indexBuilder   builds the first index when none is published yet
     * @param serviceFactory opens the search service over an index root with the configured budget and cache
     */
    public ServeCommand(IndexBuilder indexBuilder, BiFunction<Path, SearchSettings, SearchService> serviceFactory) {
        this.indexBuilder = indexBuilder;
        this.serviceFactory = serviceFactory;
    }

    @Option(names = "--result-cache-mb", paramLabel = "MB", defaultValue = "${env:PORTAL_RESULT_CACHE_MB:-32}",
            description = "Memory for finished search results of the live index, answered again without searching; "
                    + "emptied when a new index generation goes live; 0 = off (env PORTAL_RESULT_CACHE_MB, "
                    + "default ${DEFAULT-VALUE}).")
    int resultCacheMb;

    @Option(names = "--search-threads", paramLabel = "N", defaultValue = "${env:PORTAL_SEARCH_THREADS:-0}",
            description = "Threads one search may use to search index segments side by side; 0 = one per processor "
                    + "(env PORTAL_SEARCH_THREADS, default 0).")
    int searchThreads;

    /** The server options given by flags or environment. */
    ServerOptions serverOptions() {
        if (searchTimeoutMs < 0 || maxConcurrentSearches < 0 || resultCacheMb < 0 || searchThreads < 0) {
            throw new IllegalArgumentException("--search-timeout-ms, --max-concurrent-searches, --result-cache-mb "
                    + "and --search-threads must be 0 or more");
        }
        return ServerOptions.defaults()
                .withRateLimit(rateLimit, rateLimitLoopback)
                .withMaxQueryString(maxQueryString)
                .withTimeouts(Duration.ofSeconds(idleTimeoutSeconds), Duration.ofSeconds(shutdownTimeoutSeconds))
                .withSearchConcurrency(maxConcurrentSearches, ServerOptions.DEFAULT_SEARCH_QUEUE_TIMEOUT);
    }

    @Override
    public Integer call() throws Exception {
        Running running = startPortal();
        if (running == null) {
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping the portal.");
            running.stop();
            stopped.countDown();
        }, "portal-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Builds the index if needed, opens the service and starts the server.
     *
     * @return the running portal, or null when there is no index and none could be built (reason logged)
     */
    Running startPortal() throws IOException {
        if (new IndexLayout(index).current().isEmpty()) {
            if (!Files.isDirectory(corpus)) {
                LOG.error("No index in {} and no corpus folder {} to build one from.", index, corpus);
                return null;
            }
            LOG.info("No index in {} yet: building it from {} (this can take a while).", index, corpus);
            int code = indexBuilder.build(corpus, index);
            if (code != 0 || new IndexLayout(index).current().isEmpty()) {
                LOG.error("Building the index failed (exit code {}); not starting the portal.", code);
                return null;
            }
        }
        ServerOptions options = serverOptions();
        SearchService service = serviceFactory.apply(index, new SearchSettings(
                QueryBudget.of(Duration.ofMillis(searchTimeoutMs)), (long) resultCacheMb << 20,
                searchThreads == 0 ? SearchSettings.defaultSearchThreads() : searchThreads));
        PortalServer server = new PortalServer(service, corpus, options);
        int bound = server.start(host, port);
        // only now: warm-up and derived state would compete with the start for the processors
        service.startBackgroundWork();
        LOG.info("Portal serving at http://{}:{}/ (rate limit {}/min{}, search timeout {} ms)",
                host.contains(":") ? "[" + host + "]" : host, bound, rateLimit == 0 ? "off" : rateLimit,
                rateLimitLoopback ? " incl. loopback" : "", searchTimeoutMs);
        return new Running(server, service, bound);
    }

    /** A started portal; {@link #stop} stops the server gracefully, then closes the service. */
    record Running(PortalServer server, SearchService service, int port) {

        void stop() {
            server.stop();
            service.close();
        }
    }
}
