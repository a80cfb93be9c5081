package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.document.PolicyDocument;
import org.policyportal.web.document.CorpusFiles;

/** {@code /documents/{id}/original} serves indexed files from inside the corpus root and nothing else. */
class OriginalFileTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.createDirectories(corpus.resolve("nl"));
        Files.writeString(corpus.resolve("nl/bio.txt"), "Baseline text");
        Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        Files.createSymbolicLink(corpus.resolve("link.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(corpus.resolve("inner-link.txt"), corpus.resolve("nl/bio.txt"));
        List<PolicyDocument> docs = new ArrayList<>(FakeDocuments.all());
        docs.add(pathDoc("escape-rel", "../secret.txt"));
        docs.add(pathDoc("escape-deep", "nl/../../secret.txt"));
        docs.add(pathDoc("escape-abs", tmp.resolve("secret.txt").toString()));
        docs.add(pathDoc("escape-link", "link.txt"));
        docs.add(pathDoc("inner-link", "inner-link.txt"));
        docs.add(pathDoc("missing", "nl/missing.txt"));
        portal = new TestPortal(new FakeSearchService(docs, true), corpus);
    }

    private static PolicyDocument pathDoc(String id, String path) {
        return FakeDocuments.doc(id, "T " + id, "NL", "B", 2020, "en", path, Map.of(), Set.of(),
                FakeDocuments.clause(1, null, "H", "text", false));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void servesTheIndexedFileInlineWithSandbox() {
        HttpResponse<String> r = portal.get("/documents/nl-bio/original");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("Baseline text");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("inline; filename=\"bio.txt\""));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                v -> assertThat(v).startsWith("sandbox"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void symlinkInsideTheRootIsServed() {
        assertThat(portal.get("/documents/inner-link/original").body()).isEqualTo("Baseline text");
    }

    @Test
    void refusesPathsThatLeaveTheRoot() {
        for (String id : List.of("escape-rel", "escape-deep", "escape-abs", "escape-link", "missing")) {
            HttpResponse<String> r = portal.get("/documents/" + id + "/original");
            assertThat(r.statusCode()).as(id).isEqualTo(404);
            assertThat(r.body()).as(id).doesNotContain("TOP SECRET");
        }
    }

    @Test
    void refusesTraversalInTheUrl() {
        for (String path : List.of("/documents/..%2F..%2Fsecret.txt/original", "/documents/%2E%2E/original",
                "/documents/..%2Fsecret.txt/original", "/documents/%2Fetc%2Fpasswd/original")) {
            HttpResponse<String> r = portal.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("TOP SECRET", "root:");
        }
    }

    @Test
    void corpusFilesRejectsBadPathsDirectly() {
        CorpusFiles files = new CorpusFiles(corpus);
        assertThat(files.resolve("nl/bio.txt")).isPresent();
        assertThat(files.resolve("../secret.txt")).isEmpty();
        assertThat(files.resolve("/etc/passwd")).isEmpty();
        assertThat(files.resolve("link.txt")).isEmpty();
        assertThat(files.resolve("nl")).isEmpty();
        assertThat(files.resolve("")).isEmpty();
        assertThat(files.resolve("a\0b")).isEmpty();
    }
}
