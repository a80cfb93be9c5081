package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexLayout;
import picocli.CommandLine;

/** The serve command builds a missing index once, then serves; options parse with defaults. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void buildsTheIndexWhenMissingThenServes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        AtomicInteger builds = new AtomicInteger();
        IndexBuilder builder = (c, i) -> {
            builds.incrementAndGet();
            try {
                IndexLayout layout = new IndexLayout(i);
                Path gen = Files.createDirectories(layout.nextGeneration());
                layout.publish(gen);
                return 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ServeCommand command = new ServeCommand(builder, i -> FakeSearchService.standard());
        new CommandLine(command).parseArgs("--index", index.toString(), "--corpus", corpus.toString(), "--port", "0");
        ServeCommand.Running running = command.startPortal();
        try {
            assertThat(builds).hasValue(1);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + running.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            running.stop();
        }
        ServeCommand again = new ServeCommand(builder, i -> FakeSearchService.standard());
        new CommandLine(again).parseArgs("--index", index.toString(), "--corpus", corpus.toString(), "--port", "0");
        again.startPortal().stop();
        assertThat(builds).as("an existing index is not rebuilt").hasValue(1);
    }

    @Test
    void refusesToStartWithoutIndexOrCorpus() throws Exception {
        ServeCommand command = new ServeCommand((c, i) -> 0, i -> FakeSearchService.standard());
        new CommandLine(command).parseArgs("--index", tmp.resolve("none").toString(), "--corpus",
                tmp.resolve("missing").toString());
        assertThat(command.startPortal()).isNull();
    }

    @Test
    void defaultsApplyWithoutEnvironment() {
        ServeCommand command = new ServeCommand((c, i) -> 0, i -> FakeSearchService.standard());
        new CommandLine(command).parseArgs();
        assertThat(command.port).isEqualTo(System.getenv("PORTAL_PORT") == null ? 7070
                : Integer.parseInt(System.getenv("PORTAL_PORT")));
        assertThat(command.host).isNotBlank();
        assertThat(command.index).isNotNull();
    }
}
