package org.policyportal.search;

import java.io.IOException;
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

/** A small multilingual test corpus and a writer that publishes it as an index generation. */
final class Corpus {

    private Corpus() {
    }

    static List<PolicyDocument> documents() {
        return List.of(
                doc("nl-mail", "Mail security rules", "NL", "Forum Standaardisatie", 2021, "en",
                        clause(1, "1.1", List.of("Email"), "Suppliers must use DMARC with p=reject.",
                                mention("dmarc", Category.EMAIL)),
                        clause(2, "1.2", List.of("Certification"),
                                "The contractor shall comply with ISO/IEC 27001:2022 certification.",
                                mention("iso27001", Category.ISMS)),
                        clause(3, null, List.of(), "Beware <script>alert(1)</script> supplier tricks.")),
                doc("us-far", "Federal acquisition clause", "US", "GSA", 2019, "en",
                        clause(1, "52.204-21", List.of("Safeguarding"),
                                "Basic safeguarding of covered contractor information systems per 52.204-21 and"
                                        + " NIST SP 800-171.", mention("sp800-171", Category.NATIONAL)),
                        clause(2, "52.204-22", List.of(), "Cloud procurement policy applies.")),
                doc("nl-inkoop", "Inkoopvoorwaarden ICT", "NL", "Logius", 2022, "nl",
                        clause(1, "2.1", List.of(), "De leverancier moet beveiliging borgen."),
                        clause(2, "2.2", List.of(), "Gebruik DMARC voor e-mail.", mention("dmarc", Category.EMAIL))),
                doc("de-bsi", "Sicherheitsanforderungen", "DE", "BSI", 2020, "de",
                        clause(1, null, List.of(), "Die Anbieter müssen Sicherheitsupdates liefern.")),
                doc("fr-anssi", "Exigences de sécurité", "FR", "ANSSI", 2018, "fr",
                        clause(1, null, List.of(), "Les fournisseurs doivent chiffrer les données.")),
                doc("es-ccn", "Requisitos de seguridad", "ES", "CCN", 2023, "es",
                        clause(1, null, List.of(), "Los proveedores deben cifrar las comunicaciones.")));
    }

    static PolicyDocument doc(String id, String title, String country, String body, Integer year, String lang,
                              Clause... clauses) {
        DocumentMetadata m = new DocumentMetadata(title, country, body, year, lang, null, Map.of(), Set.of());
        boolean security = List.of(clauses).stream().anyMatch(Clause::security);
        ResearchAnswers answers = new ResearchAnswers(false, List.of(), security ? 1 : 0, List.of(), false,
                List.of(), List.of());
        return new PolicyDocument(id, country + "/" + id + ".md", "md", "text/markdown", "00", 10, 10, false,
                Instant.ofEpochMilli(1_700_000_000_000L), m, List.of(clauses), answers);
    }

    static Clause clause(int ordinal, String ref, List<String> headings, String text, Mention... mentions) {
        return new Clause(ordinal, ref, headings, text, List.of(mentions), mentions.length > 0, false);
    }

    static Mention mention(String id, Category category) {
        return new Mention(id, category, null, 0, 1, id, Strength.REQUIRED, false);
    }

    /** Writes {@code docs} into the next generation under {@code root} and publishes it. */
    static Path publish(Path root, List<PolicyDocument> docs) throws IOException {
        return publish(root, docs, false);
    }

    /** As {@link #publish}, but one segment per document (no merging): for tests of searches over several slices. */
    static Path publishSegmented(Path root, List<PolicyDocument> docs) throws IOException {
        return publish(root, docs, true);
    }

    private static Path publish(Path root, List<PolicyDocument> docs, boolean segmentPerDoc) throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path gen = layout.nextGeneration();
        IndexSchema schema = new IndexSchema();
        DocumentMapper mapper = new DocumentMapper(schema);
        IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
        if (segmentPerDoc) {
            config.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        }
        try (Directory dir = FSDirectory.open(gen); IndexWriter w = new IndexWriter(dir, config)) {
            for (PolicyDocument d : docs) {
                w.addDocuments(mapper.toBlock(d));
                if (segmentPerDoc) {
                    w.commit();
                }
            }
        }
        layout.publish(gen);
        return gen;
    }

    /** A seventh document (Belgian, Dutch, mentions DMARC) for tests that publish a changed corpus. */
    static PolicyDocument extraBelgian() {
        return doc("be-new", "Nieuwe regels", "BE", "CCB", 2024, "nl",
                clause(1, null, List.of(), "Nieuwe DMARC regels."));
    }

    static List<PolicyDocument> plus(List<PolicyDocument> docs, PolicyDocument extra) {
        List<PolicyDocument> all = new ArrayList<>(docs);
        all.add(extra);
        return all;
    }

    /** {@code n} English documents whose term frequencies, lengths, countries, years and standards vary. */
    static List<PolicyDocument> varied(int n) {
        List<String> countries = List.of("NL", "US", "DE");
        List<PolicyDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "security ".repeat(i % 7 + 1) + "supplier rules " + "procurement terms ".repeat(i % 5);
            Mention[] mentions = i % 4 == 0
                    ? new Mention[] {mention("dmarc", Category.EMAIL)} : new Mention[0];
            docs.add(doc("d" + i, "Policy " + i, countries.get(i % 3), "Body " + (i % 2), 2015 + i % 10, "en",
                    clause(1, null, List.of(), text, mentions),
                    clause(2, null, List.of(), "supplier " + "security ".repeat(i % 3))));
        }
        return docs;
    }
}
