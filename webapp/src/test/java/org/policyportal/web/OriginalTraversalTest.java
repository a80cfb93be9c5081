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

/**
 * Beyond {@link OriginalFileTest}: encoded and double-encoded traversal in the URL, backslashes, NUL bytes,
 * symlinked directories and symlink chains that leave the corpus, and index paths that try the same.
 */
class OriginalTraversalTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.createDirectories(corpus.resolve("nl"));
        Files.writeString(corpus.resolve("nl/ok.txt"), "fine");
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "TOP SECRET");
        Files.createSymbolicLink(corpus.resolve("outdir"), outside);                    // directory link leaving
        Files.createSymbolicLink(corpus.resolve("hop1.txt"), corpus.resolve("hop2.txt")); // chain leaving
        Files.createSymbolicLink(corpus.resolve("hop2.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(corpus.resolve("nl/up"), tmp);                          // link to the parent
        List<PolicyDocument> docs = new ArrayList<>(FakeDocuments.all());
        docs.add(pathDoc("ok", "nl/ok.txt"));
        docs.add(pathDoc("dirlink", "outdir/secret.txt"));
        docs.add(pathDoc("chain", "hop1.txt"));
        docs.add(pathDoc("uplink", "nl/up/outside/secret.txt"));
        docs.add(pathDoc("backslash", "..\\outside\\secret.txt"));
        docs.add(pathDoc("encoded", "%2e%2e/outside/secret.txt"));
        docs.add(pathDoc("nul", "nl/ok.txt\0../../outside/secret.txt"));
        docs.add(pathDoc("dotdir", "nl/./../../outside/secret.txt"));
        docs.add(pathDoc("abs", tmp.resolve("outside/secret.txt").toString()));
        docs.add(pathDoc("file-url", "file:///etc/passwd"));
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
    void indexPathsThatLeaveTheCorpusAreNeverServed() {
        assertThat(portal.get("/documents/ok/original").body()).isEqualTo("fine");
        for (String id : List.of("dirlink", "chain", "uplink", "backslash", "encoded", "nul", "dotdir", "abs",
                "file-url")) {
            HttpResponse<String> r = portal.get("/documents/" + id + "/original");
            assertThat(r.statusCode()).as(id).isEqualTo(404);
            assertThat(r.body()).as(id).doesNotContain("TOP SECRET");
        }
    }

    @Test
    void traversalInTheUrlNeverReachesAFile() {
        for (String path : List.of("/documents/%2e%2e%2f%2e%2e%2foutside%2fsecret.txt/original",
                "/documents/%252e%252e%252foutside%252fsecret.txt/original",
                "/documents/..%5c..%5coutside%5csecret.txt/original", "/documents/ok/../../outside/secret.txt",
                "/documents/ok/original/../../../outside/secret.txt", "/documents/%00/original",
                "/documents/ok%00.txt/original", "/static/..%2f..%2foutside%2fsecret.txt",
                "/static/%2e%2e/%2e%2e/outside/secret.txt", "/static/....//....//outside/secret.txt",
                "/documents/%2Ftmp%2Fsecret.txt/original", "/documents/ok/original?path=../outside/secret.txt")) {
            HttpResponse<String> r = portal.get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
            assertThat(r.body()).as(path).doesNotContain("TOP SECRET", "root:x:");
        }
    }

    @Test
    void corpusFilesRefusesEveryEscape() {
        CorpusFiles files = new CorpusFiles(corpus);
        assertThat(files.resolve("nl/ok.txt")).isPresent();
        for (String p : List.of("outdir/secret.txt", "hop1.txt", "nl/up/outside/secret.txt", "../outside/secret.txt",
                "nl/../../outside/secret.txt", tmp.resolve("outside/secret.txt").toString(), "\\etc\\passwd",
                "nl/ok.txt\0x")) {
            assertThat(files.resolve(p)).as(p).isEmpty();
        }
    }
}
