package org.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.clauses.ClauseSplitter;
import org.policyportal.extract.Extractor;
import org.policyportal.extract.TestExtractors;
import org.policyportal.extract.TikaPolicy;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.LanguageGuesser;
import org.policyportal.metadata.MetadataResolver;

/** Whole ingest runs over generated hostile corpora, written to a real Lucene index on disk. */
class IngestRunTest {

    private static final String HEADER = "path,title,country,issuing_body,year,language\n";
    private static final CountDownLatch HUNG = new CountDownLatch(1);
    private static Extractor extractor;
    private static LanguageGuesser guesser;

    @TempDir
    Path tmp;
    Path corpus;
    Path index;

    @BeforeAll
    static void open() {
        Fixtures.quietLogs();
        // Low text cap for the "enormous file" case; a short timeout for the hanging parser.
        extractor = TestExtractors.hangingOn(TikaPolicy.defaults().withMaxChars(200_000)
                .withTimeout(Duration.ofSeconds(3)), "hang", HUNG);
        guesser = new LanguageGuesser();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @BeforeEach
    void dirs() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
    }

    private IngestOptions options() {
        Path manifest = corpus.resolve("manifest.csv");
        return new IngestOptions(corpus, Files.isRegularFile(manifest) ? manifest : null, index, 2, false,
                TikaPolicy.defaults());
    }

    private IngestRun.Result run(IngestOptions options) throws IOException {
        DocumentPipeline pipeline = new DocumentPipeline(extractor, new MetadataResolver(guesser),
                new ClauseSplitter(), new NoStandardsEnricher());
        return new IngestRun(options, new IndexSchema(), pipeline).run();
    }

    private IngestRun.Result run() throws IOException {
        return run(options());
    }

    private static Map<String, ReportEntry> byPath(IngestRun.Result r) {
        return r.report().entries().stream().collect(Collectors.toMap(ReportEntry::path, e -> e));
    }

    /** Path → all clause texts of the live index. */
    private Map<String, String> liveText() throws IOException {
        Path live = new IndexLayout(index).current().orElseThrow();
        try (var dir = FSDirectory.open(live); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            Map<String, String> pathOfDoc = new HashMap<>();
            Map<String, StringBuilder> text = new HashMap<>();
            // deleted blocks stay in their segment until a merge, and whether one ran before the commit is timing
            Bits liveDocs = MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (liveDocs != null && !liveDocs.get(i)) {
                    continue;
                }
                Document d = stored.document(i);
                String docId = d.get(IndexSchema.DOC_ID);
                if (d.get(IndexSchema.PATH) != null && d.get(IndexSchema.CLAUSE_ID) == null) {
                    pathOfDoc.put(docId, d.get(IndexSchema.PATH));
                }
                for (IndexableField f : d.getFields()) {
                    if (f.name().startsWith(IndexSchema.BODY_PREFIX) && f.stringValue() != null) {
                        text.computeIfAbsent(docId, k -> new StringBuilder()).append(f.stringValue()).append('\n');
                    }
                }
            }
            Map<String, String> out = new HashMap<>();
            pathOfDoc.forEach((id, path) -> out.put(path, text.getOrDefault(id, new StringBuilder()).toString()));
            return out;
        }
    }

    private int liveDocCount() throws IOException {
        Path live = new IndexLayout(index).current().orElseThrow();
        try (var dir = FSDirectory.open(live); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(IndexSchema.parentsQuery());
        }
    }

    private static long count(IngestRun.Result r, ReportEntry.Status s) {
        return r.report().count(s);
    }

    @Test
    void hostileCorpusIndexesWhatItCanAndReportsEverythingElse() throws Exception {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "OUTSIDESECRET must never be indexed.");
        Fixtures.write(corpus.resolve("NL/valid.pdf"), Fixtures.pdf("1. Scope", "The supplier shall encrypt data."));
        Fixtures.write(corpus.resolve("NL/truncated.pdf"), Fixtures.truncatedPdf("Half a document."));
        Fixtures.write(corpus.resolve("NL/corrupt.pdf"), Fixtures.corruptPdf());
        Fixtures.write(corpus.resolve("NL/encrypted.pdf"), Fixtures.encryptedPdf("Secret text."));
        Fixtures.write(corpus.resolve("GB/valid.docx"), Fixtures.docx("Cloud policy", "Use MFA everywhere."));
        Fixtures.write(corpus.resolve("GB/protected.docx"), Fixtures.encryptedDocx("Secret docx."));
        Fixtures.zipBomb(corpus.resolve("bomb.zip"), 200);
        Fixtures.write(corpus.resolve("nested.zip"), Fixtures.nestedZip(10, "Deep text."));
        Fixtures.write(corpus.resolve("disguised.docx"), Fixtures.pdf("A PDF named docx."));
        Fixtures.write(corpus.resolve("page.txt"), "<!DOCTYPE html><html><head><title>Page</title></head>"
                + "<body><p>HTML named txt.</p></body></html>");
        Fixtures.write(corpus.resolve("junk.pdf"), Fixtures.random(4000, 1));
        Fixtures.write(corpus.resolve("junk.txt"), Fixtures.random(4000, 2));
        Fixtures.write(corpus.resolve("DE/cp1252.txt"), "Die Behörde verlangt „Verschlüsselung“ – Größe 5 €."
                .getBytes(Charset.forName("windows-1252")));
        Fixtures.write(corpus.resolve("FR/latin1.txt"), "Le ministère exige le chiffrement des données."
                .getBytes(StandardCharsets.ISO_8859_1));
        Fixtures.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("enormous.txt"), "The supplier shall keep logs for a year. ".repeat(300_000));
        Fixtures.write(corpus.resolve("hang.txt"), "This parse hangs.");
        Fixtures.write(corpus.resolve("badmeta.txt"), "De leverancier moet ervoor zorgen dat alle gegevens versleuteld "
                + "worden opgeslagen en dat de toegang tot de systemen wordt beperkt tot bevoegde medewerkers.");
        Fixtures.write(corpus.resolve("NL/unlisted.txt"), "A file that no manifest lists.");
        Fixtures.write(corpus.resolve("copy-a.txt"), "Identical content in two files.");
        Fixtures.write(corpus.resolve("copy-b.txt"), "Identical content in two files.");
        Fixtures.write(corpus.resolve(".hidden.txt"), "Hidden text.");
        Fixtures.write(corpus.resolve(".git/config"), "[core]");
        Fixtures.write(corpus.resolve("drafts/draft.txt"), "Draft text.");
        Fixtures.write(corpus.resolve("skip.tmp"), "Temp text.");
        Fixtures.write(corpus.resolve(".indexignore"), "# comment\ndrafts\n*.tmp\n");
        Files.createSymbolicLink(corpus.resolve("link.txt"), outside);
        Files.writeString(corpus.resolve("manifest.csv"), HEADER
                + "NL/valid.pdf,Valid PDF,NL,Gov,2021,en\n"
                + "badmeta.txt,Bad metadata,XX,Gov,20x1,xx\n"
                + "../outside.txt,Escape,NL,Gov,2021,en\n"
                + outside.toAbsolutePath() + ",Absolute,NL,Gov,2021,en\n"
                + "link.txt,Link,NL,Gov,2021,en\n"
                + "missing.pdf,Missing,NL,Gov,2021,en\n"
                + "DE/cp1252.txt,\"Cp, 1252\",DE,Amt,2020,de\n");

        IngestRun.Result r = run();
        assertThat(r.published()).isTrue();
        Map<String, ReportEntry> e = byPath(r);

        assertIndexed(e, "NL/valid.pdf", "GB/valid.docx", "disguised.docx", "page.txt", "DE/cp1252.txt",
                "FR/latin1.txt", "enormous.txt", "badmeta.txt", "NL/unlisted.txt", "copy-a.txt");
        assertFailed(e, "NL/truncated.pdf", "cannot parse: damaged");
        assertFailed(e, "NL/corrupt.pdf", "cannot parse: damaged");
        assertFailed(e, "junk.pdf", "cannot parse: damaged");
        assertFailed(e, "junk.txt", "binary content, not text");
        assertFailed(e, "NL/encrypted.pdf", "encrypted or password-protected");
        assertFailed(e, "GB/protected.docx", "encrypted or password-protected");
        assertFailed(e, "bomb.zip", "refused: suspected zip bomb");
        assertFailed(e, "nested.zip", "refused: archives nested too deeply");
        assertFailed(e, "hang.txt", "extraction timed out after 3 s");
        assertFailed(e, "../outside.txt", "refused: manifest path leaves the corpus (line 4");
        assertFailed(e, outside.toAbsolutePath().toString(), "refused: manifest path leaves the corpus (line 5");
        assertFailed(e, "link.txt", "refused: symbolic link leads outside the corpus");
        assertFailed(e, "missing.pdf", "listed in manifest but no such file");
        assertSkipped(e, "empty.txt", "empty file");
        assertSkipped(e, "copy-b.txt", "duplicate content of copy-a.txt");
        assertSkipped(e, ".hidden.txt", "hidden file");
        assertSkipped(e, ".git/", "hidden folder, not scanned");
        assertSkipped(e, "drafts/", "folder ignored by .indexignore");
        assertSkipped(e, "skip.tmp", "ignored by .indexignore");
        assertThat(HUNG.getCount()).as("hung parser thread was interrupted").isZero();

        // Bad manifest values: indexed with warnings and inferred values.
        assertThat(e.get("badmeta.txt").warnings()).contains("unknown country 'XX'", "bad year '20x1'",
                "unknown language 'xx'");
        assertThat(e.get("badmeta.txt").language()).isEqualTo("nl");
        assertThat(e.get("NL/unlisted.txt").warnings()).contains("not in any manifest and no sidecar: metadata inferred");
        assertThat(e.get("NL/unlisted.txt").source()).isEqualTo("inferred");
        assertThat(e.get("enormous.txt").truncated()).isTrue();
        assertThat(e.get("enormous.txt").warnings()).contains("text truncated at the extraction cap");
        assertThat(e.get("enormous.txt").chars()).isLessThanOrEqualTo(200_000);

        // No file or row lost: one entry per file on disk (hidden/ignored folders as one) and per manifest row.
        assertThat(r.report().entries()).hasSize(e.size());
        assertThat(e.keySet()).containsExactlyInAnyOrder("NL/valid.pdf", "NL/truncated.pdf", "NL/corrupt.pdf",
                "NL/encrypted.pdf", "GB/valid.docx", "GB/protected.docx", "bomb.zip", "nested.zip", "disguised.docx",
                "page.txt", "junk.pdf", "junk.txt", "DE/cp1252.txt", "FR/latin1.txt", "empty.txt", "enormous.txt",
                "hang.txt", "badmeta.txt", "NL/unlisted.txt", "copy-a.txt", "copy-b.txt", ".hidden.txt", ".git/",
                "drafts/", "skip.tmp", "link.txt", "../outside.txt", outside.toAbsolutePath().toString(),
                "missing.pdf");

        // The index holds exactly the indexed files; accents survive; the outside file was never read.
        assertThat(liveDocCount()).isEqualTo((int) count(r, ReportEntry.Status.indexed));
        Map<String, String> text = liveText();
        assertThat(text.keySet()).containsExactlyInAnyOrderElementsOf(e.values().stream()
                .filter(x -> x.status() == ReportEntry.Status.indexed).map(ReportEntry::path).toList());
        assertThat(text.get("DE/cp1252.txt")).contains("Die Behörde verlangt „Verschlüsselung“ – Größe 5 €.");
        assertThat(text.get("FR/latin1.txt")).contains("Le ministère exige le chiffrement des données.");
        assertThat(text.get("NL/valid.pdf")).contains("1. Scope").contains("The supplier shall encrypt data.");
        assertThat(String.join("\n", text.values())).doesNotContain("OUTSIDESECRET");

        // The report on disk parses and has the documented fields.
        JsonNode report = new ObjectMapper().readTree(r.generation().resolve(IndexLayout.REPORT).toFile());
        assertThat(report.get("files")).hasSize(e.size());
        for (JsonNode f : report.get("files")) {
            for (String field : List.of("path", "status", "reason", "docId", "clauses", "language", "chars", "millis")) {
                assertThat(f.has(field)).as(f.get("path") + " has " + field).isTrue();
            }
        }
        JsonNode pdf = java.util.stream.StreamSupport.stream(report.get("files").spliterator(), false)
                .filter(f -> f.get("path").asText().equals("NL/valid.pdf")).findFirst().orElseThrow();
        assertThat(pdf.get("status").asText()).isEqualTo("indexed");
        assertThat(pdf.get("clauses").asInt()).isEqualTo(1);
        assertThat(pdf.get("docId").asText()).isEqualTo(DocumentPipeline.documentId("NL/valid.pdf"));
        assertThat(report.get("counts").get("indexed").asLong()).isEqualTo(count(r, ReportEntry.Status.indexed));

    }

    private static void assertIndexed(Map<String, ReportEntry> e, String... paths) {
        for (String p : paths) {
            assertThat(e).containsKey(p);
            assertThat(e.get(p).status()).as(p + ": " + e.get(p).reason()).isEqualTo(ReportEntry.Status.indexed);
            assertThat(e.get(p).clauses()).as(p).isPositive();
            assertThat(e.get(p).docId()).as(p).isEqualTo(DocumentPipeline.documentId(p));
        }
    }

    private static void assertFailed(Map<String, ReportEntry> e, String path, String reasonStart) {
        assertThat(e).containsKey(path);
        assertThat(e.get(path).status()).as(path).isEqualTo(ReportEntry.Status.failed);
        assertThat(e.get(path).reason()).as(path).startsWith(reasonStart);
    }

    private static void assertSkipped(Map<String, ReportEntry> e, String path, String reason) {
        assertThat(e).containsKey(path);
        assertThat(e.get(path).status()).as(path).isEqualTo(ReportEntry.Status.skipped);
        assertThat(e.get(path).reason()).as(path).isEqualTo(reason);
    }

    @Test
    void corpusOfJunkPublishesNothingAndExitsNonZero() throws Exception {
        Fixtures.write(corpus.resolve("junk.pdf"), Fixtures.random(2000, 3));
        Fixtures.write(corpus.resolve("junk.txt"), Fixtures.random(2000, 4));
        Fixtures.write(corpus.resolve("empty.md"), new byte[0]);
        IngestRun.Result r = run();
        assertThat(r.published()).isFalse();
        assertThat(r.message()).startsWith("nothing could be indexed");
        assertThat(r.report().entries()).hasSize(3);
        assertThat(new IndexLayout(index).current()).isEmpty();
        assertThat(IndexCommand.run(options(), new NoStandardsEnricher())).isEqualTo(1);
        try (var entries = Files.list(index)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("gen-"));
        }
    }

    @Test
    void incrementalRunsFullRebuildsAndGenerations() throws Exception {
        Fixtures.write(corpus.resolve("a.txt"), "Alpha text about logging.");
        Fixtures.write(corpus.resolve("b.txt"), "Bravo text about passwords.");
        Fixtures.write(corpus.resolve("c.txt"), "Charlie text about backups.");
        IngestRun.Result first = run();
        assertThat(first.published()).isTrue();
        assertThat(first.generation().getFileName().toString()).isEqualTo("gen-000001");
        assertThat(liveDocCount()).isEqualTo(3);

        IngestRun.Result second = run();
        assertThat(second.published()).isTrue();
        assertThat(second.generation().getFileName().toString()).isEqualTo("gen-000002");
        assertThat(second.report().entries()).allSatisfy(x -> {
            assertThat(x.status()).isEqualTo(ReportEntry.Status.skipped);
            assertThat(x.reason()).isEqualTo(IngestRun.UNCHANGED);
        });
        assertThat(liveDocCount()).isEqualTo(3);

        Fixtures.write(corpus.resolve("a.txt"), "Alpha text rewritten about encryption.");
        Files.delete(corpus.resolve("c.txt"));
        IngestRun.Result third = run();
        Map<String, ReportEntry> e = byPath(third);
        assertThat(e.get("a.txt").status()).isEqualTo(ReportEntry.Status.indexed);
        assertThat(e.get("b.txt").reason()).isEqualTo(IngestRun.UNCHANGED);
        assertThat(e).doesNotContainKey("c.txt");
        assertThat(liveDocCount()).isEqualTo(2);
        assertThat(liveText().get("a.txt")).contains("rewritten").doesNotContain("Alpha text about logging");
        assertThat(liveText()).doesNotContainKey("c.txt");
        // The previous generation is kept, older ones deleted.
        assertThat(Files.exists(index.resolve("gen-000002"))).isTrue();
        assertThat(Files.exists(index.resolve("gen-000001"))).isFalse();

        IngestRun.Result full = run(options().withFull(true));
        assertThat(full.report().entries()).allSatisfy(x -> assertThat(x.status()).isEqualTo(ReportEntry.Status.indexed));
        assertThat(liveDocCount()).isEqualTo(2);
        assertThat(Files.exists(index.resolve("gen-000002"))).isFalse();
        assertThat(new IndexLayout(index).current()).contains(index.toAbsolutePath().resolve("gen-000004"));
        JsonNode report = new ObjectMapper().readTree(full.generation().resolve(IndexLayout.REPORT).toFile());
        assertThat(report.get("full").asBoolean()).isTrue();

        // The command's exit code: 0 when anything was indexed (here: all unchanged, kept).
        assertThat(IndexCommand.run(options(), new NoStandardsEnricher())).isZero();
    }

    @Test
    void runThatIndexesNothingLeavesTheLiveGeneration() throws Exception {
        Fixtures.write(corpus.resolve("a.txt"), "Alpha text.");
        assertThat(run().published()).isTrue();
        Files.delete(corpus.resolve("a.txt"));
        Fixtures.write(corpus.resolve("junk.txt"), Fixtures.random(2000, 5));
        IngestRun.Result r = run();
        assertThat(r.published()).isFalse();
        assertThat(new IndexLayout(index).current()).contains(index.toAbsolutePath().resolve("gen-000001"));
        assertThat(liveDocCount()).isEqualTo(1);
        assertThat(Files.exists(index.resolve("gen-000002"))).isFalse();
    }

    @Test
    void staleUnpublishedGenerationNeverGoesLiveAndIsCleanedUp() throws Exception {
        Fixtures.write(corpus.resolve("a.txt"), "Alpha text.");
        assertThat(run().published()).isTrue();
        // A crashed run left a half-written generation with a higher number.
        Path stale = Files.createDirectories(index.resolve("gen-000007"));
        Files.writeString(stale.resolve("_0.cfs"), "half written");
        assertThat(new IndexLayout(index).current()).contains(index.toAbsolutePath().resolve("gen-000001"));
        IngestRun.Result r = run();
        assertThat(r.published()).isTrue();
        assertThat(r.generation().getFileName().toString()).isEqualTo("gen-000008");
        assertThat(Files.exists(stale)).isFalse();
        assertThat(liveDocCount()).isEqualTo(1);
    }

    @Test
    void concurrentRunIsRefusedByTheLock() throws Exception {
        Fixtures.write(corpus.resolve("a.txt"), "Alpha text.");
        Files.createDirectories(index);
        try (FileChannel ch = FileChannel.open(index.resolve("index.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            assertThatThrownBy(this::run).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("another indexer is writing to");
        }
        assertThat(run().published()).isTrue();
    }

    @Test
    void rowsForExcludedFilesAreReportedOnce() throws Exception {
        Fixtures.write(corpus.resolve("a.txt"), "Alpha text.");
        Fixtures.write(corpus.resolve(".hidden.txt"), "Hidden text.");
        Files.writeString(corpus.resolve("manifest.csv"), HEADER + "a.txt,A,NL,Gov,2021,en\n"
                + ".hidden.txt,Hidden,NL,Gov,2021,en\n" + "a.txt,Again,NL,Gov,2021,en\n");
        IngestRun.Result r = run();
        Map<String, ReportEntry> e = byPath(r);
        assertThat(r.report().entries()).hasSize(2);
        assertThat(e.get(".hidden.txt").reason()).isEqualTo("hidden file");
        assertThat(e.get("a.txt").warnings()).contains("listed more than once in the manifest; line 4 ignored");
        assertThat(e.get("a.txt").source()).isEqualTo("manifest");
    }
}
