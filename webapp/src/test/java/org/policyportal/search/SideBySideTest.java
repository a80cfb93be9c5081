package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void returnsBothResultsAndRunsTheAsidePieceOnTheExecutor() throws Exception {
        Thread caller = Thread.currentThread();
        SideBySide.Both<Boolean, String> both = SideBySide.run(pool, () -> Thread.currentThread() != caller,
                () -> "here");
        assertThat(both.aside()).isTrue();
        assertThat(both.here()).isEqualTo("here");
    }

    @Test
    void anIoFailureAsideReachesTheCallerUnwrapped() {
        assertThatThrownBy(() -> SideBySide.run(pool, () -> {
            throw new IOException("disk");
        }, () -> "here")).isExactlyInstanceOf(IOException.class).hasMessage("disk");
    }

    @Test
    void aRuntimeFailureAsideReachesTheCallerUnwrapped() {
        assertThatThrownBy(() -> SideBySide.run(pool, () -> {
            throw new IllegalStateException("closed");
        }, () -> "here")).isExactlyInstanceOf(IllegalStateException.class).hasMessage("closed");
    }

    @Test
    void whenTheCallersPieceFailsTheAsidePieceHasEndedBeforeTheFailureIsRethrown() throws Exception {
        CountDownLatch asideStarted = new CountDownLatch(1);
        AtomicBoolean asideEnded = new AtomicBoolean();
        assertThatThrownBy(() -> SideBySide.run(pool, () -> {
            asideStarted.countDown();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            asideEnded.set(true);
            return 1;
        }, () -> {
            assertThat(started(asideStarted)).isTrue();
            throw new IOException("page");
        })).isExactlyInstanceOf(IOException.class).hasMessage("page");
        assertThat(asideEnded).isTrue();
    }

    private static boolean started(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
