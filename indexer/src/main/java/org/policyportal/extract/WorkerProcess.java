package org.policyportal.extract;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One child JVM running {@link ExtractWorker}, answering several requests at once, restarted whenever it dies or
 * is killed. Each request line carries a number that its reply repeats, so replies may come back in any order.
 * The child's standard error is passed through to ours (parser warnings land in the indexer's log).
 *
 * <p>When the child dies, every request in flight fails. {@link WorkerDied#shared()} says whether the death can be
 * blamed on that request alone: it cannot when other requests were in flight, or when the child was killed
 * because another request ran out of time.
 *
 * <p>Thread-safe: any number of callers may {@link #ask} at once.
 */
final class WorkerProcess implements AutoCloseable {

    /** The worker died or was killed while handling a request; the message is report-ready. */
    static final class WorkerDied extends Exception {
        private final boolean shared;

        WorkerDied(String message, boolean shared) {
            super(message);
            this.shared = shared;
        }

        /** True when other requests were in flight, or the child was stopped for another request's timeout. */
        boolean shared() {
            return shared;
        }
    }

    private final Supplier<List<String>> command;
    private final Duration exitWait;
    private WorkerChild child;
    private long lastId;

    /**
     * @param command  the command line of the child, asked for again at every (re)start
     * @param exitWait how long {@link #stop} waits for the child to exit before killing it
     */
    WorkerProcess(Supplier<List<String>> command, Duration exitWait) {
        this.command = command;
        this.exitWait = exitWait;
    }

    /** Sends one request line and waits at most {@code millis} for its reply line. */
    String ask(String request, long millis) throws WorkerDied {
        WorkerChild c;
        long id;
        CompletableFuture<String> reply;
        synchronized (this) {
            try {
                if (child == null || !child.usable()) {
                    child = new WorkerChild(new ProcessBuilder(command.get())
                            .redirectError(ProcessBuilder.Redirect.INHERIT).start());
                }
                c = child;
                id = ++lastId;
                reply = c.send(id, request);
            } catch (IOException e) {
                stopChild("it could not be reached");
                throw new WorkerDied("extraction worker could not be reached: " + e.getMessage(), false);
            }
        }
        try {
            return reply.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            c.forget(id);
            kill(c, "another file timed out");
            throw new WorkerDied("extraction timed out after " + millis / 1000 + " s; worker killed", false);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WorkerDied died) {
                throw died;
            }
            kill(c, "it failed");
            throw new WorkerDied("extraction worker failed: " + e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.forget(id);
            kill(c, "the indexer was interrupted");
            throw new WorkerDied("interrupted", false);
        }
    }

    private synchronized void kill(WorkerChild c, String why) {
        c.kill(why);
        if (child == c) {
            child = null;
        }
    }

    private synchronized void stopChild(String why) {
        if (child != null) {
            kill(child, why);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Closes the child's input, lets it finish what is in flight and waits for it to exit; kills it after the exit
     * wait. True when a child was running and exited by itself with status 0 (a class archive it dumped at exit is
     * then complete).
     */
    synchronized boolean stop() {
        if (child == null) {
            return false;
        }
        WorkerChild c = child;
        child = null;
        return c.stop(exitWait);
    }
}
