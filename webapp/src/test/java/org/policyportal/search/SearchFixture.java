package org.policyportal.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One shared service over {@link Corpus#documents()} for read-only tests. */
abstract class SearchFixture {

    @TempDir
    static Path root;
    static LuceneSearchService service;

    @BeforeAll
    static void open() throws Exception {
        Corpus.publish(root, Corpus.documents());
        service = new LuceneSearchService(root, StandardLabels.from(List.of(
                new StandardRef("dmarc", "DMARC", "email"),
                new StandardRef("iso27001", "ISO/IEC 27001", "isms"))), Duration.ZERO);
    }

    @AfterAll
    static void close() {
        service.close();
    }

    static SearchResult search(String q) {
        return service.search(SearchRequest.of(q));
    }

    static SearchResult clauses(String q) {
        return service.search(SearchRequest.of(q).withMode(SearchMode.CLAUSES));
    }

    static List<String> ids(String q) {
        return search(q).hits().stream().map(Hit::id).sorted().toList();
    }

    static SearchResult filtered(String q, Map<String, List<String>> filters) {
        return service.search(SearchRequest.of(q).withFilters(filters));
    }
}
