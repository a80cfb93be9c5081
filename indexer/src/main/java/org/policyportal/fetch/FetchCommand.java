package org.policyportal.fetch;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./portal fetch}: downloads the real documents listed in the source catalogue.
 *
 * <p>Contract: reads {@code --sources}, fetches each selected entry with {@link Downloader} (polite per-host rate,
 * retries with backoff), skips entries whose file is already stored with the recorded checksum, records every
 * stored file in {@code fetch-log.json}, rewrites {@code manifest.csv} in the output directory, prints a report and
 * returns 0 if at least one entry was downloaded or nothing failed, 1 otherwise (also for an unreadable catalogue).
 */
@Command(name = "fetch",
        mixinStandardHelpOptions = true,
        description = {
            "Download the public ICT-procurement and security policy documents listed in the source catalogue.",
            "Resumable: files already downloaded with a matching checksum are skipped. Writes fetch-log.json and a",
            "manifest.csv next to the downloads so that `./portal index --corpus corpus/downloads` picks them up."
        })
public class FetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "FILE", description = "Source catalogue CSV (default: ${DEFAULT-VALUE}).")
    Path sources = Path.of("corpus", "sources.csv");

    @Option(names = "--out", paramLabel = "DIR", description = "Download directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("corpus", "downloads");

    @Option(names = "--only", paramLabel = "ID", description = "Fetch only this catalogue id (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--rate-ms", paramLabel = "N",
            description = "Minimum delay between requests to the same host, in ms (default: ${DEFAULT-VALUE}).")
    long rateMs = 1000;

    @Option(names = "--retries", paramLabel = "N",
            description = "Retries after I/O errors, HTTP 5xx and 429 (default: ${DEFAULT-VALUE}).")
    int retries = 3;

    @Option(names = "--timeout-s", paramLabel = "N", description = "Request timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutS = 60;

    @Option(names = "--max-mb", paramLabel = "N", description = "Maximum size per file in MB (default: ${DEFAULT-VALUE}).")
    long maxMb = 100;

    @Option(names = "--backoff-ms", paramLabel = "N", hidden = true,
            description = "Base delay of the exponential backoff in ms (default: ${DEFAULT-VALUE}).")
    long backoffMs = 1000;

    @Option(names = "--progress", negatable = true, paramLabel = "BOOL",
            description = "Force the progress bar on or off (default: on when attached to a terminal).")
    Boolean progress;

    /** Public no-arg constructor for picocli and the launcher. */
    public FetchCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (retries < 0 || rateMs < 0 || timeoutS <= 0 || maxMb <= 0 || backoffMs < 0) {
            stderr.println("fetch: --retries, --rate-ms and --backoff-ms must be >= 0; --timeout-s and --max-mb > 0");
            return 1;
        }
        List<CatalogueEntry> catalogue;
        try {
            catalogue = new CatalogueReader().read(sources);
        } catch (CatalogueException e) {
            stderr.println("fetch: " + e.getMessage());
            return 1;
        }
        FetchReport report = new FetchReport();
        List<CatalogueEntry> selected = select(catalogue, report);

        Files.createDirectories(out);
        FetchLog log = FetchLog.load(out);
        RetryPolicy policy = RetryPolicy.withRetries(retries).withBaseDelay(Duration.ofMillis(backoffMs));
        Downloader.Settings settings = Downloader.Settings.of(Duration.ofSeconds(timeoutS), maxMb * 1024 * 1024,
                policy);
        boolean interactive = progress != null ? progress : isInteractiveTerminal();

        try (FetchProgress progressView = FetchProgress.create(interactive, selected.size(), stderr)) {
            Downloader downloader = Downloader.create(settings, HostRateLimiter.of(Duration.ofMillis(rateMs)),
                    progressView::message);
            for (CatalogueEntry entry : selected) {
                progressView.starting(entry.id());
                DownloadResult result = fetchOne(entry, log, downloader);
                report.add(result);
                progressView.finished(result);
            }
        }
        int rows = DownloadsManifest.write(out, catalogue, log);
        stdout.print(report.render());
        stdout.printf("fetch: %s lists %d downloaded documents; log in %s%n", out.resolve(DownloadsManifest.FILE_NAME),
                rows, out.resolve(FetchLog.FILE_NAME));
        stdout.flush();
        return report.exitCode();
    }

    private DownloadResult fetchOne(CatalogueEntry entry, FetchLog log, Downloader downloader)
            throws IOException, InterruptedException {
        Optional<FetchLog.Entry> existing = log.upToDate(entry, out);
        if (existing.isPresent()) {
            return DownloadResult.skipped(existing.get());
        }
        DownloadResult result = downloader.download(entry, out);
        if (result.status() == DownloadResult.Status.DOWNLOADED) {
            log.get(entry.id()).filter(old -> !old.file().equals(result.record().file()))
                    .ifPresent(old -> deleteStale(out.resolve(old.file())));
            log.record(result.record());
            log.save();
        }
        return result;
    }

    private void deleteStale(Path stale) {
        try {
            Files.deleteIfExists(stale);
        } catch (IOException e) {
            spec.commandLine().getErr().println("fetch: could not delete superseded file " + stale + ": "
                    + e.getMessage());
        }
    }

    private List<CatalogueEntry> select(List<CatalogueEntry> catalogue, FetchReport report) {
        if (only.isEmpty()) {
            return catalogue;
        }
        Map<String, CatalogueEntry> byId = catalogue.stream()
                .collect(Collectors.toMap(CatalogueEntry::id, Function.identity()));
        Set<String> wanted = new LinkedHashSet<>(only);
        List<CatalogueEntry> selected = new ArrayList<>();
        for (String id : wanted) {
            CatalogueEntry e = byId.get(id);
            if (e == null) {
                report.add(DownloadResult.failed(id, 0, "not in catalogue " + sources));
            } else {
                selected.add(e);
            }
        }
        return selected;
    }

    /**
     * True when stderr looks like an interactive terminal. On Java 22+ {@code System.console()} is non-null even when
     * redirected, so {@code Console.isTerminal()} is consulted reflectively where it exists.
     */
    static boolean isInteractiveTerminal() {
        if (System.getenv("CI") != null) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException java21) {
            return true; // Java 21: a non-null console means an interactive terminal
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot query Console.isTerminal()", e);
        }
    }
}
