package org.policyportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.policyportal.cli.Wiring;
import org.policyportal.index.IndexLayout;

/**
 * The bundled sample corpus ({@code ../corpus}) indexed once per test JVM with the real pipeline and wiring,
 * for end-to-end tests of pages, API and browser journeys. The index lives under {@code target/}, which
 * {@code mvn clean} removes.
 */
final class BundledCorpus {

    private static final Object LOCK = new Object();
    private static BundledCorpus instance;

    final Wiring wiring;
    final Path corpus;
    final Path index;

    private BundledCorpus(Wiring wiring, Path corpus, Path index) {
        this.wiring = wiring;
        this.corpus = corpus;
        this.index = index;
    }

    /** Indexes the corpus on first use; later calls share the same index. */
    static BundledCorpus get() {
        synchronized (LOCK) {
            if (instance == null) {
                try {
                    Path corpus = Path.of("").toAbsolutePath().resolve("../corpus").normalize();
                    Path index = TestDirs.create("bundled-index");
                    Wiring wiring = Wiring.standard();
                    if (wiring.index(corpus, index) != 0 || new IndexLayout(index).current().isEmpty()) {
                        throw new IllegalStateException("the bundled corpus did not index");
                    }
                    instance = new BundledCorpus(wiring, corpus, index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return instance;
        }
    }

    /** A portal over this index on a free port. */
    TestPortal portal() {
        return new TestPortal(wiring.searchService(index), corpus);
    }
}
