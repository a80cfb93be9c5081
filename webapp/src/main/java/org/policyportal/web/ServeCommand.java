package org.policyportal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.policyportal.index.IndexLayout;
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
    private final Function<Path, SearchService> serviceFactory;

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

    /**
     * @param indexBuilder   builds the first index when none is published yet
     * @param serviceFactory opens the search service over an index root
     */
    public ServeCommand(IndexBuilder indexBuilder, Function<Path, SearchService> serviceFactory) {
        this.indexBuilder = indexBuilder;
        this.serviceFactory = serviceFactory;
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
        SearchService service = serviceFactory.apply(index);
        PortalServer server = new PortalServer(service, corpus);
        int bound = server.start(host, port);
        LOG.info("Portal serving at http://{}:{}/", host.contains(":") ? "[" + host + "]" : host, bound);
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
