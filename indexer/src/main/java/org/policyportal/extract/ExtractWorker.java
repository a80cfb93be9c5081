package org.policyportal.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The child-process side of {@link IsolatedExtractor}: reads one numbered file path per line on standard input
 * ({@code number TAB path}) and answers each with one line on standard output: {@link #REPLY}, the same number, a
 * tab and a {@link WorkerReply} as JSON. Up to {@code lanes} files are extracted at once, so replies come in the
 * order extractions end. Everything libraries print goes to standard error so it cannot corrupt the protocol.
 *
 * <p>Arguments: {@code maxChars maxFileBytes timeoutMillis lanes [extractorClass]}; the optional class (a
 * {@link TextExtractor} with a public no-arg constructor) replaces the Tika extractor, for tests. At the end of
 * its input the worker finishes the files in flight and exits.
 */
public final class ExtractWorker {

    /**
     * Marks reply lines: the JVM itself may still write to standard output (it reports an out-of-memory exit
     * there), so the reader skips lines without it.
     */
    static final String REPLY = "@@reply ";
    /** Exit status when an error no lane can answer for (other than running out of memory) ends the worker. */
    static final int EXIT_LANE_DIED = 70;

    private ExtractWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        TikaPolicy policy = TikaPolicy.defaults().withMaxChars(Integer.parseInt(args[0]))
                .withMaxFileBytes(Long.parseLong(args[1])).withTimeout(Duration.ofMillis(Long.parseLong(args[2])));
        int lanes = Integer.parseInt(args[3]);
        ObjectMapper json = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try (TextExtractor extractor = args.length > 4 ? (TextExtractor) Class.forName(args[4])
                .getDeclaredConstructor().newInstance() : new Extractor(policy);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    System.err.println("extraction worker: request without a number ignored");
                    continue;
                }
                String number = line.substring(0, tab);
                Path file = Path.of(line.substring(tab + 1));
                pool.execute(() -> {
                    try {
                        String reply = REPLY + number + "\t" + answer(extractor, file, json);
                        synchronized (protocol) {
                            protocol.println(reply);
                        }
                    } catch (Throwable t) {
                        // A lane that dies without replying would leave the indexer waiting out its whole budget;
                        // ending the JVM reports the files in flight at once, as a crash.
                        System.err.println("extraction worker: " + file.getFileName() + " ended the worker: " + t);
                        Runtime.getRuntime().halt(EXIT_LANE_DIED);
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
    }

    private static String answer(TextExtractor extractor, Path file, ObjectMapper json) {
        WorkerReply reply;
        try {
            reply = WorkerReply.ok(extractor.extract(file));
        } catch (ExtractionException e) {
            reply = WorkerReply.error(e.outcome(), e.reason());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            reply = WorkerReply.error(ExtractionException.Outcome.FAILED, "internal error: " + e);
        }
        try {
            return json.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            return "{\"outcome\":\"FAILED\",\"reason\":\"extraction result could not be serialised\"}";
        }
    }
}
