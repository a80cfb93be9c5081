package org.policyportal.cli;

import java.nio.file.Path;
import org.policyportal.ingest.Enricher;
import org.policyportal.ingest.IndexCommand;
import org.policyportal.ingest.IngestOptions;
import org.policyportal.ingest.LazyEnricher;
import org.policyportal.ingest.StandardsEnricher;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.SearchSettings;
import org.policyportal.search.SearchService;
import org.policyportal.search.StandardLabels;
import org.policyportal.search.StandardRef;
import org.policyportal.standards.StandardsRegistry;

/**
 * The portal's shared dependencies, built once: the standards registry, the enricher the indexer uses and the
 * labels the search side shows. {@link PortalMain} and end-to-end tests wire the same way.
 *
 * <p>Thread-safe: immutable.
 */
public record Wiring(StandardsRegistry registry, Enricher enricher, StandardLabels labels) {

    public static Wiring standard() {
        StandardsRegistry registry = StandardsRegistry.loadDefault();
        StandardLabels labels = StandardLabels.from(registry.all().stream()
                .map(s -> new StandardRef(s.id(), s.label(), s.category().id())).toList());
        // built on first use: serving an existing index never enriches, and building the detector is slow
        return new Wiring(registry, new LazyEnricher(() -> new StandardsEnricher(registry)), labels);
    }

    /** Builds (or updates) the index of a corpus folder; the exit code of {@link IndexCommand#run}. */
    public int index(Path corpus, Path index) {
        try {
            return IndexCommand.run(IngestOptions.of(corpus, index), enricher);
        } catch (Exception e) {
            throw new IllegalStateException("building the index failed: " + e.getMessage(), e);
        }
    }

    /** A search service over an index root, with the default time limit and clause cap. */
    public SearchService searchService(Path index) {
        return searchService(index, SearchSettings.defaults());
    }

    /** A search service over an index root with the given per-search budget and result cache. */
    public SearchService searchService(Path index, SearchSettings settings) {
        return new LuceneSearchService(index, labels, LuceneSearchService.DEFAULT_POLL, settings);
    }
}
