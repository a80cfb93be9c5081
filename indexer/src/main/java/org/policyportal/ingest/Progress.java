package org.policyportal.ingest;

import java.io.Console;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports indexing progress: a progress bar (files, MB, rate, ETA) on a terminal, plain log lines every few
 * seconds otherwise (CI logs, redirected output).
 *
 * <p>Thread-safe: any indexing thread may call {@link #fileDone}.
 */
final class Progress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final long totalFiles;
    private final long totalBytes;
    private final ProgressBar bar;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime());
    private final long started = System.nanoTime();

    Progress(long totalFiles, long totalBytes) {
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.bar = onTerminal() ? new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(totalBytes >> 10)
                .setUnit(" MB", 1024).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .continuousUpdate().build() : null;
    }

    void fileDone(long size) {
        long f = files.incrementAndGet();
        long b = bytes.addAndGet(size);
        if (bar != null) {
            bar.stepTo(b >> 10);
            bar.setExtraMessage(f + "/" + totalFiles + " files");
            return;
        }
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
            double secs = (now - started) / 1e9;
            LOG.info("Indexed {}/{} files, {}/{} MB, {} files/s", f, totalFiles, b >> 20, totalBytes >> 20,
                    "%.1f".formatted(f / Math.max(secs, 0.001)));
        }
    }

    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null || System.getenv("CI") != null) {
            return false;
        }
        try {
            // Java 22+ returns a console even when output is redirected; isTerminal tells the difference.
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
