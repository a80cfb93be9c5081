package org.policyportal.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Extractors with a test seam, for tests outside this package. */
public final class TestExtractors {

    private TestExtractors() {
    }

    /**
     * An extractor whose "parser" hangs (sleeps until interrupted) on files whose name contains {@code marker};
     * {@code interrupted} counts down when the hung worker is interrupted by the timeout.
     */
    public static Extractor hangingOn(TikaPolicy policy, String marker, CountDownLatch interrupted) {
        return new Extractor(policy, file -> {
            if (file.getFileName().toString().contains(marker)) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
            }
        });
    }

    /**
     * An extractor whose child JVM runs {@link IsolatedExtractorTest.Scripted} (a file behaves by its name: hang,
     * crash, oom, bad, slow, ...) in {@code lanes} lanes, 64 MB each; a file's budget is the 0.5 s timeout plus 4 s
     * of grace.
     */
    public static IsolatedExtractor scriptedChild(int lanes) {
        return new IsolatedExtractor(TikaPolicy.defaults().withTimeout(Duration.ofMillis(500)), lanes,
                new IsolatedExtractor.Limits(64, Duration.ofSeconds(4), IsolatedExtractorTest.Scripted.class.getName(),
                        null));
    }
}
