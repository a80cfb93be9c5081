package org.policyportal.hardening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.StandardLabels;
import org.policyportal.web.TestPortal;

/** A real server over a real {@link HostileIndex}, shared by the tests of one class. */
abstract class HostilePortal {

    @TempDir
    static Path tmp;
    static LuceneSearchService service;
    static TestPortal portal;

    @BeforeAll
    static void startPortal() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        HostileIndex.build(corpus, index);
        service = new LuceneSearchService(index, StandardLabels.fallback(), Duration.ZERO);
        portal = new TestPortal(service, corpus);
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
        service.close();
    }
}
