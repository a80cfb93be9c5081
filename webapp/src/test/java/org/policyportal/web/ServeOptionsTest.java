package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.policyportal.search.SearchService;
import picocli.CommandLine;

/** {@code serve} flags become {@link ServerOptions}; defaults when none are given. */
class ServeOptionsTest {

    private static ServeCommand parse(String... args) {
        ServeCommand cmd = new ServeCommand((corpus, index) -> 0, (Function<Path, SearchService>) p -> null);
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void flagsMapToServerOptions() {
        ServerOptions o = parse("--rate-limit", "60", "--rate-limit-loopback", "--max-query-string", "2000",
                "--idle-timeout", "5", "--shutdown-timeout", "3", "--max-concurrent-searches", "7").serverOptions();
        assertThat(o.rateLimitPerMinute()).isEqualTo(60);
        assertThat(o.rateLimitLoopback()).isTrue();
        assertThat(o.maxQueryString()).isEqualTo(2000);
        assertThat(o.idleTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.stopTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.maxConcurrentSearches()).isEqualTo(7);
    }

    @Test
    void defaultsLimitRemoteClientsOnly() {
        ServeCommand cmd = parse();
        ServerOptions o = cmd.serverOptions();
        // env PORTAL_* may be set on a developer machine; without them these are the documented defaults
        if (System.getenv("PORTAL_RATE_LIMIT") == null) {
            assertThat(o.rateLimitPerMinute()).isEqualTo(300);
        }
        if (System.getenv("PORTAL_RATE_LIMIT_LOOPBACK") == null) {
            assertThat(o.rateLimitLoopback()).isFalse();
        }
        if (System.getenv("PORTAL_MAX_CONCURRENT_SEARCHES") == null) {
            assertThat(o.maxConcurrentSearches()).isEqualTo(ServerOptions.defaultConcurrentSearches());
        }
        if (System.getenv("PORTAL_SEARCH_TIMEOUT_MS") == null) {
            assertThat(cmd.searchTimeoutMs).isEqualTo(1000);
        }
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> parse("--search-timeout-ms", "-1").serverOptions())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("--rate-limit", "-5").serverOptions())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("--idle-timeout", "0").serverOptions())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
