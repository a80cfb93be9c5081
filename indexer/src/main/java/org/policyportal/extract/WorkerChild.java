package org.policyportal.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One started {@link ExtractWorker} process for {@link WorkerProcess}: its requests waiting for a reply, and the
 * daemon thread that reads its replies and hands each to the request with its number. When the child's output
 * ends, every request still waiting fails with a {@link WorkerProcess.WorkerDied} that says why: killed by us (and
 * for what), out of memory, or crashed.
 *
 * <p>Thread-safe.
 */
final class WorkerChild {

    /** Enough of what the child printed besides replies to recognise an out-of-memory exit. */
    private static final int NOISE_LIMIT = 16 * 1024;

    private final Process process;
    private final BufferedWriter in;
    private final Map<Long, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final StringBuilder noise = new StringBuilder();
    private volatile String killedBecause;
    private boolean gone;

    WorkerChild(Process process) {
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(this::readReplies, "extract-worker-replies-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** False once the child has exited or its output has ended: a new request needs a new child. */
    synchronized boolean usable() {
        return !gone && process.isAlive();
    }

    /** Writes request {@code id}; the future completes with its reply line or fails with the child's death. */
    synchronized CompletableFuture<String> send(long id, String request) throws IOException {
        if (gone) {
            throw new IOException("the worker has exited");
        }
        CompletableFuture<String> reply = new CompletableFuture<>();
        pending.put(id, reply);
        in.write(id + "\t" + request);
        in.newLine();
        in.flush();
        return reply;
    }

    /** Stops waiting for request {@code id}: it is not failed when the child dies. */
    void forget(long id) {
        pending.remove(id);
    }

    /** Kills the child at once; the requests still waiting fail as stopped because of {@code why}. */
    void kill(String why) {
        killedBecause = why;
        process.destroyForcibly();
    }

    /** Closes the child's input and waits for it to exit; true when it exited by itself with status 0. */
    boolean stop(Duration wait) {
        try {
            synchronized (this) {
                in.close();
            }
            if (process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue() == 0;
            }
        } catch (IOException e) {
            // the child's input is already gone: it is killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill("the run ended");
        return false;
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(ExtractWorker.REPLY)) {
                    deliver(line.substring(ExtractWorker.REPLY.length()));
                } else if (noise.length() < NOISE_LIMIT) {
                    noise.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the pipe broke: the child is gone, handled below like an end of stream
        }
        failPending();
    }

    private void deliver(String reply) {
        int tab = reply.indexOf('\t');
        try {
            CompletableFuture<String> waiting = pending.remove(Long.parseLong(reply.substring(0, tab)));
            if (waiting != null) {
                waiting.complete(reply.substring(tab + 1));
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            noise.append("unnumbered reply ignored\n");
        }
    }

    /** After the child's output ends: every request still waiting fails with the reason the child is gone. */
    private void failPending() {
        int code = exitCode();
        List<CompletableFuture<String>> waiting;
        synchronized (this) {
            gone = true;
            waiting = List.copyOf(pending.values());
            pending.clear();
        }
        String why = killedBecause;
        boolean shared = why != null || waiting.size() > 1;
        String message;
        if (why != null) {
            message = "extraction worker was stopped because " + why;
        } else if (code == 3 || noise.indexOf("OutOfMemoryError") >= 0) {
            message = "extraction ran out of memory (worker heap limit); file refused";
        } else {
            message = "extraction worker crashed (exit code " + code + ")";
        }
        waiting.forEach(f -> f.completeExceptionally(new WorkerProcess.WorkerDied(message, shared)));
    }

    private int exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

}
