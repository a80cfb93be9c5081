package org.policyportal.extract;

import java.nio.file.Path;
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
}
