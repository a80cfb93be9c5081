package org.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the live {@link SearcherGeneration} and swaps to a newly published one. A daemon thread checks the
 * layout's {@code CURRENT} pointer every poll interval; on change it opens the new generation (building all
 * derived state before anyone sees it), swaps it in, and drops its own reference to the old one, which closes
 * when the last in-flight request releases it. A generation that fails to open is logged and the old one keeps
 * serving.
 *
 * <p>The generation found at construction goes live as soon as it is open, so the server can start answering;
 * with a watcher thread, its facet catalog is built on that thread when {@link #buildLiveCatalogInBackground()}
 * asks, or by the first request that needs it (others needing it wait for it); without one, before the
 * constructor returns.
 *
 * <p>Before any index is published {@link #acquire()} returns empty. Thread-safe.
 */
public final class IndexSearchers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSearchers.class);

    /** An acquired generation; close it to release (try-with-resources). Not thread-safe: one per request. */
    public static final class Lease implements AutoCloseable {
        private final SearcherGeneration generation;
        private boolean released;

        private Lease(SearcherGeneration generation) {
            this.generation = generation;
        }

        public SearcherGeneration generation() {
            return generation;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                try {
                    generation.decRef();
                } catch (IOException e) {
                    throw new UncheckedIOException("closing index generation " + generation.name() + " failed", e);
                }
            }
        }
    }

    private final IndexLayout layout;
    private final IndexSchema schema;
    private final StandardLabels labels;
    private final Executor segmentExecutor;
    private final int segmentThreads;
    private final int minDocsPerSlice;
    private final AtomicReference<SearcherGeneration> current = new AtomicReference<>();
    private final Consumer<SearcherGeneration> warmer;
    private final ScheduledExecutorService watcher;
    private String lastFailed;
    private boolean closed;

    /**
     * Opens the live generation if there is one and starts watching {@code CURRENT}.
     *
     * @param pollInterval how often to check for a new generation; {@link Duration#ZERO} disables the watcher
     *                     (call {@link #refresh()} yourself)
     */
    public IndexSearchers(Path indexRoot, IndexSchema schema, StandardLabels labels, Duration pollInterval) {
        this(indexRoot, schema, labels, pollInterval, gen -> { }, null, 1, SegmentSlices.MIN_DOCS_PER_SLICE);
    }

    /**
     * As above; {@code warmer} runs on every generation opened to replace a live one, before the swap (the old
     * one keeps serving meanwhile; the generation found at construction is not warmed here), and each
     * generation's parallel request searchers run segment tasks on {@code segmentExecutor} (null: none), in at
     * most {@code segmentThreads} slices of at least {@code minDocsPerSlice} index documents.
     */
    IndexSearchers(Path indexRoot, IndexSchema schema, StandardLabels labels, Duration pollInterval,
                   Consumer<SearcherGeneration> warmer, Executor segmentExecutor, int segmentThreads,
                   int minDocsPerSlice) {
        this.segmentExecutor = segmentExecutor;
        this.segmentThreads = segmentThreads;
        this.minDocsPerSlice = minDocsPerSlice;
        this.warmer = Objects.requireNonNull(warmer);
        this.layout = new IndexLayout(indexRoot);
        this.schema = Objects.requireNonNull(schema);
        this.labels = Objects.requireNonNull(labels);
        boolean watch = !pollInterval.isZero();
        refreshQuietly(!watch);
        if (current.get() == null) {
            LOG.warn("No index published yet under {}; searches return nothing until one is", layout.root());
        }
        if (!watch) {
            watcher = null;
        } else {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "index-generation-watcher");
                t.setDaemon(true);
                return t;
            });
            long ms = pollInterval.toMillis();
            watcher.scheduleWithFixedDelay(() -> refreshQuietly(true), ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    /** The live generation with one reference taken for the caller, or empty when no index is published. */
    public Optional<Lease> acquire() {
        while (true) {
            SearcherGeneration g = current.get();
            if (g == null) {
                return Optional.empty();
            }
            if (g.tryIncRef()) {
                return Optional.of(new Lease(g));
            }
            // lost a race with a swap that just closed g: the next read sees its successor
        }
    }

    /**
     * Checks {@code CURRENT} now and swaps if it names another generation.
     *
     * @return true when a new generation was swapped in
     * @throws IOException when the new generation cannot be opened (the old one keeps serving)
     */
    public synchronized boolean refresh() throws IOException {
        return refresh(true);
    }

    /** @param catalogFirst build the new generation's facet catalog before it goes live */
    private synchronized boolean refresh(boolean catalogFirst) throws IOException {
        if (closed) {
            return false;
        }
        Optional<Path> live = layout.current();
        SearcherGeneration old = current.get();
        if (live.isEmpty() || (old != null && old.name().equals(live.get().getFileName().toString()))) {
            return false;
        }
        SearcherGeneration fresh = SearcherGeneration.open(live.get(), schema, labels, segmentExecutor,
                segmentThreads, minDocsPerSlice);
        if (catalogFirst) {
            try {
                fresh.catalog();
            } catch (RuntimeException e) {
                try {
                    fresh.decRef(); // nobody else has seen it: this closes it
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }
        if (old != null) {
            warmer.accept(fresh);
        }
        current.set(fresh);
        LOG.info("Serving index generation {} ({} documents)", fresh.name(), fresh.stats().documents());
        if (old != null) {
            old.decRef();
        }
        return true;
    }

    private synchronized void refreshQuietly(boolean catalogFirst) {
        try {
            refresh(catalogFirst);
            lastFailed = null;
        } catch (IOException | RuntimeException e) {
            // the scheduler must keep running; log each failing generation once instead of every poll
            String name = String.valueOf(e.getMessage());
            if (!name.equals(lastFailed)) {
                LOG.error("Could not open the published index generation; still serving the previous one", e);
                lastFailed = name;
            }
        }
    }

    /**
     * Builds the live generation's facet catalog on the watcher thread (no-op without one), so the first request
     * that needs it does not. Generations that replace it get theirs before they go live.
     */
    public void buildLiveCatalogInBackground() {
        if (watcher != null) {
            watcher.execute(this::buildLiveCatalog);
        }
    }

    private void buildLiveCatalog() {
        acquire().ifPresent(lease -> {
            try (lease) {
                lease.generation().catalog();
            } catch (RuntimeException e) {
                LOG.warn("Could not build the facet catalog of {} in advance; the first request needing it retries",
                        lease.generation().name(), e);
            }
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.shutdownNow();
        }
        SearcherGeneration g = current.getAndSet(null);
        if (g != null) {
            try {
                g.decRef();
            } catch (IOException e) {
                throw new UncheckedIOException("closing index generation " + g.name() + " failed", e);
            }
        }
    }
}
