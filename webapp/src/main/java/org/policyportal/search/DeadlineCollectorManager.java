package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * Wraps a collector manager so that collection stops once a deadline passes (a {@code TimeLimitingCollector} for
 * collector managers): the current segment is abandoned with {@link CollectionTerminatedException}, later segments
 * are skipped, and {@link #timedOut()} turns true. Used where Lucene's own {@code IndexSearcher#setTimeout} cannot
 * be (drill-sideways scoring needs whole segments). Checks the clock every {@value #CHECK_EVERY} hits.
 *
 * <p>Thread-safe for Lucene's use: one collector per slice, the flag is atomic.
 *
 * @param <C> the wrapped collector type
 * @param <T> the reduced result
 */
final class DeadlineCollectorManager<C extends Collector, T> implements CollectorManager<Collector, T> {

    static final int CHECK_EVERY = 256;

    private final CollectorManager<C, T> delegate;
    private final QueryTimeout deadline;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final List<C> inner = new ArrayList<>();

    DeadlineCollectorManager(CollectorManager<C, T> delegate, QueryTimeout deadline) {
        this.delegate = delegate;
        this.deadline = deadline;
    }

    boolean timedOut() {
        return timedOut.get();
    }

    @Override
    public synchronized Collector newCollector() throws IOException {
        C c = delegate.newCollector();
        inner.add(c);
        return new FilterCollector(c) {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                checkDeadline();
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                    private int sinceCheck;

                    @Override
                    public void collect(int doc) throws IOException {
                        if (++sinceCheck >= CHECK_EVERY) {
                            sinceCheck = 0;
                            checkDeadline();
                        }
                        super.collect(doc);
                    }
                };
            }
        };
    }

    private void checkDeadline() {
        if (timedOut.get() || deadline.shouldExit()) {
            timedOut.set(true);
            throw new CollectionTerminatedException();
        }
    }

    @Override
    public T reduce(Collection<Collector> collectors) throws IOException {
        List<C> mine;
        synchronized (this) {
            mine = List.copyOf(inner);
        }
        return delegate.reduce(mine);
    }
}
