package org.policyportal.fetch;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows progress of a fetch run: a progress bar on an interactive terminal, one plain log line per entry otherwise
 * (CI logs, pipes).
 */
public interface FetchProgress extends AutoCloseable {

    /** Called before an entry is fetched. */
    void starting(String id);

    /** Called once an entry is finished. */
    void finished(DownloadResult result);

    /** A free-form diagnostic line (retries, warnings). */
    void message(String line);

    @Override
    void close();

    /** Chooses the bar when {@code interactive}, plain lines otherwise. */
    static FetchProgress create(boolean interactive, int total, PrintWriter out) {
        return interactive ? new Bar(total) : new Lines(total, out);
    }

    /** Plain log lines, e.g. {@code [3/55] downloaded nl-bio (12345 bytes)}. */
    final class Lines implements FetchProgress {
        private final int total;
        private final PrintWriter out;
        private int done;

        Lines(int total, PrintWriter out) {
            this.total = total;
            this.out = out;
        }

        @Override
        public void starting(String id) {
            // nothing: one line per finished entry keeps logs short
        }

        @Override
        public void finished(DownloadResult r) {
            done++;
            String detail = switch (r.status()) {
                case DOWNLOADED -> r.record().file() + " (" + r.record().size() + " bytes)";
                case SKIPPED -> "already there";
                case FAILED -> r.reason();
            };
            out.printf("[%d/%d] %s %s: %s%n", done, total, r.status().name().toLowerCase(java.util.Locale.ROOT),
                    r.id(), detail);
            out.flush();
        }

        @Override
        public void message(String line) {
            out.println("  " + line);
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    /** A terminal progress bar (me.tongfei.progressbar), rendered on stderr. */
    final class Bar implements FetchProgress {
        private final ProgressBar bar;

        Bar(int total) {
            this.bar = new ProgressBarBuilder().setTaskName("fetch").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).build();
        }

        @Override
        public void starting(String id) {
            bar.setExtraMessage(id);
        }

        @Override
        public void finished(DownloadResult result) {
            bar.step();
        }

        @Override
        public void message(String line) {
            bar.setExtraMessage(line.length() > 60 ? line.substring(0, 57) + "..." : line);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
