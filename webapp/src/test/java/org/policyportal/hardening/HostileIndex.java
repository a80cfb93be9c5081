package org.policyportal.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policyportal.document.Clause;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.standards.Category;
import org.policyportal.standards.Mention;
import org.policyportal.standards.ResearchAnswers;
import org.policyportal.standards.Strength;

/**
 * A small real index (ordinary documents plus documents whose every field carries an HTML or script payload) and
 * the corpus files behind it, for HTTP-level hardening tests.
 */
final class HostileIndex {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String JS_URL = "javascript:alert(document.cookie)";
    static final String SVG = "</textarea><svg onload=alert(1)>";
    static final String ATTR = "' onmouseover='alert(1)";
    static final List<String> PAYLOADS = List.of(SCRIPT, IMG, SVG, ATTR);
    static final String HOSTILE_ID = "hostile-1";
    static final String HOSTILE_PATH = "xss/" + IMG + ".txt";

    private HostileIndex() {
    }

    /** Ordinary documents, then the hostile ones. */
    static List<PolicyDocument> documents() {
        List<PolicyDocument> docs = new ArrayList<>();
        String[][] plain = {
                {"nl-mail", "Mail security rules", "NL", "Forum Standaardisatie", "2021",
                        "Suppliers must use DMARC with p=reject and SPF for email security."},
                {"us-far", "Federal acquisition clause", "US", "GSA", "2019",
                        "Basic safeguarding per 52.204-21 and NIST SP 800-171 for contractor systems."},
                {"gb-cloud", "Cloud security principles", "GB", "NCSC", "2020",
                        "Data in transit protection with TLS 1.3 and DNSSEC signed zones."},
                {"de-bsi", "Sicherheitsanforderungen", "DE", "BSI", "2022",
                        "Die Anbieter müssen Sicherheitsupdates liefern und IPv6 unterstützen."},
        };
        for (String[] p : plain) {
            docs.add(doc(p[0], p[1], p[2], p[3], Integer.parseInt(p[4]), "https://example.org/" + p[0],
                    p[2].toLowerCase() + "/" + p[0] + ".txt", Map.of("licence", "CC0"),
                    clause(1, "1.1", "Security", p[5], "dmarc"), clause(2, "1.2", "Other", "Cloud procurement.")));
        }
        docs.add(doc(HOSTILE_ID, "Hostile " + SCRIPT + " title " + IMG, "NL", IMG + " Ministry " + SCRIPT, 2023,
                JS_URL, HOSTILE_PATH, Map.of("licence", SCRIPT, "summary", IMG + SVG, "note" + ATTR, JS_URL),
                clause(1, "<b>1</b>" + IMG, SCRIPT, "Security clause about dmarc " + SCRIPT + " and " + IMG
                        + " and " + SVG + " and " + ATTR + " alert", "dmarc"),
                clause(2, null, IMG, "Second hostile clause security " + JS_URL + " <a href=\"" + JS_URL
                        + "\">click</a>")));
        docs.add(doc("hostile-2", SVG, "\"><svg onload=alert(2)>", ATTR, 2018, "JaVaScRiPt:alert(2)",
                "xss/two.txt", Map.of(), clause(1, ATTR, SVG, "Plain hostile two security " + SVG)));
        return docs;
    }

    /** Writes the corpus files and publishes the index under {@code indexRoot}. */
    static void build(Path corpus, Path indexRoot) throws IOException {
        List<PolicyDocument> docs = documents();
        for (PolicyDocument d : docs) {
            Path f = corpus.resolve(d.path());
            Files.createDirectories(f.getParent());
            Files.writeString(f, "Original of " + d.id() + " " + SCRIPT);
        }
        publish(indexRoot, docs);
    }

    /** Writes {@code docs} as the next generation under {@code root} and publishes it. */
    static Path publish(Path root, List<PolicyDocument> docs) throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path gen = layout.nextGeneration();
        IndexSchema schema = new IndexSchema();
        DocumentMapper mapper = new DocumentMapper(schema);
        try (Directory dir = FSDirectory.open(gen);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
            for (PolicyDocument d : docs) {
                w.addDocuments(mapper.toBlock(d));
            }
        }
        layout.publish(gen);
        return gen;
    }

    static PolicyDocument doc(String id, String title, String country, String body, int year, String sourceUrl,
                              String path, Map<String, String> extra, Clause... clauses) {
        DocumentMetadata m = new DocumentMetadata(title, country, body, year, "en", sourceUrl, extra, Set.of());
        List<Integer> security = java.util.Arrays.stream(clauses).filter(Clause::security).map(Clause::ordinal)
                .toList();
        ResearchAnswers answers = new ResearchAnswers(true, List.of(1), security.size(), security, false,
                List.of(), List.of());
        return new PolicyDocument(id, path, "txt", "text/plain", "00", 10, 10, false,
                Instant.ofEpochMilli(1_700_000_000_000L), m, List.of(clauses), answers);
    }

    static Clause clause(int ordinal, String ref, String heading, String text, String... standards) {
        List<Mention> mentions = java.util.Arrays.stream(standards)
                .map(s -> new Mention(s, Category.EMAIL, null, 0, 1, s, Strength.REQUIRED, false)).toList();
        return new Clause(ordinal, ref, List.of(heading), text, mentions, true, false);
    }
}
