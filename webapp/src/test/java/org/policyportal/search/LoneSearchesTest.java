package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoneSearchesTest {

    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(5_000 * MS);
    private final LoneSearches lone = new LoneSearches(Duration.ofMillis(100), now::get);

    @Test
    void aLoneUserSplitsEverySearch() {
        for (int i = 0; i < 5; i++) {
            assertThat(lone.start()).isTrue();
            now.addAndGet(2 * MS);
            lone.end();
            now.addAndGet(MS); // the client's turn-around
        }
    }

    @Test
    void aSearchBesideAnotherDoesNotSplit() {
        assertThat(lone.start()).isTrue();
        assertThat(lone.start()).isFalse();
        lone.end();
        lone.end();
    }

    @Test
    void afterAnOverlapSearchesStayOnOneThreadUntilTheQuietWindowHasPassed() {
        lone.start();
        lone.start();
        lone.end();
        lone.end();
        // the second client is between requests: nothing runs, but it overlapped 99 ms ago
        now.addAndGet(99 * MS);
        assertThat(lone.start()).isFalse();
        lone.end();
        now.addAndGet(MS);
        assertThat(lone.start()).isTrue();
        lone.end();
    }

    @Test
    void anOverlapAnywhereInTheWindowRestartsIt() {
        lone.start();
        lone.start();
        lone.end();
        lone.end();
        now.addAndGet(60 * MS);
        lone.start();
        lone.start(); // overlaps again at 60 ms
        lone.end();
        lone.end();
        now.addAndGet(60 * MS);
        assertThat(lone.start()).isFalse();
        lone.end();
        now.addAndGet(40 * MS);
        assertThat(lone.start()).isTrue();
        lone.end();
    }
}
