package org.policyportal.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One child JVM running {@link ExtractWorker}, restarted whenever it dies or is killed. Its standard error is
 * passed through to ours (parser warnings land in the indexer's log).
 *
 * <p>Not thread-safe: one caller at a time ({@link IsolatedExtractor} pools them).
 */
final class WorkerProcess implements AutoCloseable {

    /** The worker died or was killed while handling a request; the message is report-ready. */
    static final class WorkerDied extends Exception {
        WorkerDied(String message) {
            super(message);
        }
    }

    private final Supplier<List<String>> command;
    private final Duration exitWait;
    private Process process;
    private BufferedWriter in;
    private BufferedReader out;

    /**
     * @param command  the command line of the child, asked for again at every (re)start
     * @param exitWait how long {@link #stop} waits for the child to exit before killing it
     */
    WorkerProcess(Supplier<List<String>> command, Duration exitWait) {
        this.command = command;
        this.exitWait = exitWait;
    }

    /** Sends one request line and waits at most {@code millis} for the reply line. */
    String ask(String request, long millis) throws WorkerDied {
        try {
            ensureRunning();
            in.write(request);
            in.newLine();
            in.flush();
        } catch (IOException e) {
            restart();
            throw new WorkerDied("extraction worker could not be reached: " + e.getMessage());
        }
        BufferedReader reader = out;
        StringBuilder noise = new StringBuilder();
        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith(ExtractWorker.REPLY)) {
                        return line.substring(ExtractWorker.REPLY.length());
                    }
                    noise.append(line).append('\n');
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = reply.get(millis, TimeUnit.MILLISECONDS);
            if (line == null) {
                int code = waitForExit();
                restart();
                boolean oom = code == 3 || noise.indexOf("OutOfMemoryError") >= 0;
                throw new WorkerDied(oom ? "extraction ran out of memory (worker heap limit); file refused"
                        : "extraction worker crashed (exit code " + code + ")");
            }
            return line;
        } catch (TimeoutException e) {
            restart();
            throw new WorkerDied("extraction timed out after " + millis / 1000 + " s; worker killed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            restart();
            throw new WorkerDied("interrupted");
        } catch (ExecutionException e) {
            restart();
            throw new WorkerDied("extraction worker failed: " + e.getCause());
        }
    }

    private void ensureRunning() throws IOException {
        if (process == null || !process.isAlive()) {
            process = new ProcessBuilder(command.get()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }
    }

    private int waitForExit() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Kills the child (SIGKILL); the next request starts a fresh one. */
    private void restart() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Closes the child's input and waits for it to exit; kills it after the exit wait. True when a child was
     * running and exited by itself with status 0 (a class archive it dumped at exit is then complete).
     */
    boolean stop() {
        if (process == null) {
            return false;
        }
        try {
            in.close();
            if (process.waitFor(exitWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue() == 0;
            }
        } catch (IOException e) {
            // the child's input is already gone: it is killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return false;
    }
}
