package org.policyportal.ingest;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.policyportal.document.Clause;
import org.policyportal.standards.ResearchAnswers;

/**
 * An {@link Enricher} built on first use. The standards detector compiles patterns for every registry entry
 * (JFR: a fifth of the main thread's start-up CPU in {@code portal serve}, which never enriches anything unless
 * it has to build the first index), so processes that may not need it should not pay for it up front.
 *
 * <p>Thread-safe: the delegate is created at most once.
 */
public final class LazyEnricher implements Enricher {

    private final Supplier<? extends Enricher> factory;
    private volatile Enricher delegate;

    public LazyEnricher(Supplier<? extends Enricher> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    private Enricher delegate() {
        Enricher d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = Objects.requireNonNull(factory.get(), "enricher factory returned null");
                    delegate = d;
                }
            }
        }
        return d;
    }

    @Override
    public List<Clause> enrich(List<Clause> clauses) {
        return delegate().enrich(clauses);
    }

    @Override
    public ResearchAnswers answer(List<Clause> enriched) {
        return delegate().answer(enriched);
    }
}
