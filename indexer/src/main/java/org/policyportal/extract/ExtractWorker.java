package org.policyportal.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child-process side of {@link IsolatedExtractor}: reads one file path per line on standard input and
 * answers each with one line on standard output: {@link #REPLY} and a {@link WorkerReply} as JSON. Everything libraries print goes
 * to standard error so it cannot corrupt the protocol.
 *
 * <p>Arguments: {@code maxChars maxFileBytes timeoutMillis [extractorClass]}; the optional class (a
 * {@link TextExtractor} with a public no-arg constructor) replaces the Tika extractor, for tests.
 */
public final class ExtractWorker {

    /**
     * Marks reply lines: the JVM itself may still write to standard output (it reports an out-of-memory exit
     * there), so the reader skips lines without it.
     */
    static final String REPLY = "@@reply ";

    private ExtractWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        TikaPolicy policy = TikaPolicy.defaults().withMaxChars(Integer.parseInt(args[0]))
                .withMaxFileBytes(Long.parseLong(args[1])).withTimeout(Duration.ofMillis(Long.parseLong(args[2])));
        ObjectMapper json = new ObjectMapper();
        try (TextExtractor extractor = args.length > 3 ? (TextExtractor) Class.forName(args[3])
                .getDeclaredConstructor().newInstance() : new Extractor(policy);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                WorkerReply reply;
                try {
                    reply = WorkerReply.ok(extractor.extract(Path.of(line)));
                } catch (ExtractionException e) {
                    reply = WorkerReply.error(e.outcome(), e.reason());
                } catch (RuntimeException e) {
                    reply = WorkerReply.error(ExtractionException.Outcome.FAILED, "internal error: " + e);
                }
                protocol.println(REPLY + json.writeValueAsString(reply));
            }
        }
    }
}
