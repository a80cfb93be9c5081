package org.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Runs two independent pieces of one request at once: one on an executor, the other on the calling thread. Used
 * only for a request that has the processors to itself, where the second processor would otherwise idle.
 *
 * <p>Contract: {@link #run} returns only after both pieces have ended, also when one of them failed, so neither
 * outlives the caller's hold on the index generation; the caller's own failure wins over the other's. Thread-safe:
 * stateless.
 */
final class SideBySide {

    private SideBySide() {
    }

    /** A piece of work that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    /** The results of both pieces. */
    record Both<A, B>(A aside, B here) {
    }

    /** Runs {@code aside} on {@code executor} while this thread runs {@code here}; rethrows either's failure. */
    static <A, B> Both<A, B> run(Executor executor, Work<A> aside, Work<B> here) throws IOException {
        CompletableFuture<A> other = CompletableFuture.supplyAsync(() -> {
            try {
                return aside.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor);
        B mine;
        try {
            mine = here.run();
        } catch (IOException | RuntimeException | Error e) {
            other.handle((r, t) -> null).join();
            throw e;
        }
        try {
            return new Both<>(other.join(), mine);
        } catch (CompletionException e) {
            throw unwrapped(e);
        }
    }

    private static RuntimeException unwrapped(CompletionException e) throws IOException {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return e;
    }
}
