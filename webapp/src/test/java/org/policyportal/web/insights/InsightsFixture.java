package org.policyportal.web.insights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.StandardLabels;
import org.policyportal.search.StandardRef;
import org.policyportal.standards.Category;
import org.policyportal.standards.Mention;
import org.policyportal.standards.ResearchAnswers;
import org.policyportal.standards.Strength;

/** A small real index with standards, strengths and answers, and corpus files for the originals. */
final class InsightsFixture {

    static final String HOSTILE = "=HYPERLINK(\"x\") <script>alert('t')</script> & \u0001co";

    private InsightsFixture() {
    }

    static List<PolicyDocument> documents() {
        return List.of(
                doc("nl-mail", "Mail security rules", "NL", "Forum Standaardisatie", 2021, "en",
                        answers(true, List.of(1), List.of(1, 2), true, List.of(1)),
                        clause(1, "1.1", "Suppliers must use DMARC with p=reject for all government email domains.",
                                true, m("dmarc", Category.EMAIL, Strength.REQUIRED)),
                        clause(2, "1.2", "Government email domains should publish DMARC and SPF records.", true,
                                m("dmarc", Category.EMAIL, Strength.RECOMMENDED),
                                m("spf", Category.EMAIL, Strength.RECOMMENDED)),
                        clause(3, null, "General terms of delivery apply.", false)),
                doc("nl-web", HOSTILE, "NL", "Logius", 2023, "en",
                        answers(true, List.of(1), List.of(1), false, List.of()),
                        clause(1, "A", "Websites must support TLS 1.3 and mention DMARC for mail domains.", true,
                                m("tls", Category.CRYPTO, Strength.REQUIRED),
                                m("dmarc", Category.EMAIL, Strength.MENTIONED))),
                doc("de-bsi", "Federal mail requirements", "DE", "BSI", 2019, "en",
                        answers(true, List.of(1), List.of(1), true, List.of(1)),
                        clause(1, "3", "Providers must use DMARC with p=reject for all federal email domains.", true,
                                m("dmarc", Category.EMAIL, Strength.REQUIRED))),
                doc("us-far", "Safeguarding clause", "US", "GSA", 2017, "en",
                        answers(false, List.of(), List.of(1), true, List.of(1)),
                        clause(1, "52.204-21", "Contractors shall implement NIST SP 800-171 security requirements.",
                                true, m("sp800-171", Category.NATIONAL, Strength.REQUIRED))),
                doc("fr-anssi", "Messagerie", "FR", "ANSSI", null, "fr",
                        answers(true, List.of(), List.of(), false, List.of()),
                        clause(1, null, "Les fournisseurs peuvent utiliser DMARC.", false,
                                m("dmarc", Category.EMAIL, Strength.MENTIONED))));
    }

    static StandardLabels labels() {
        return StandardLabels.from(List.of(new StandardRef("dmarc", "DMARC", "email"),
                new StandardRef("tls", "TLS", "crypto")));
    }

    /** Publishes the documents under {@code root/index}, writes originals (not fr-anssi's) under root/corpus. */
    static LuceneSearchService open(Path root) throws IOException {
        Path index = root.resolve("index");
        Path corpus = root.resolve("corpus");
        IndexLayout layout = new IndexLayout(index);
        Path gen = layout.nextGeneration();
        IndexSchema schema = new IndexSchema();
        DocumentMapper mapper = new DocumentMapper(schema);
        try (Directory dir = FSDirectory.open(gen);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
            for (PolicyDocument d : documents()) {
                w.addDocuments(mapper.toBlock(d));
                if (!d.id().equals("fr-anssi")) {
                    Path f = corpus.resolve(d.path());
                    Files.createDirectories(f.getParent());
                    Files.writeString(f, "# " + d.id() + "\n");
                }
            }
        }
        layout.publish(gen);
        return new LuceneSearchService(index, labels(), Duration.ZERO);
    }

    private static PolicyDocument doc(String id, String title, String country, String body, Integer year,
                                      String lang, ResearchAnswers answers, Clause... clauses) {
        DocumentMetadata meta = new DocumentMetadata(title, country, body, year, lang, null, Map.of(), Set.of());
        return new PolicyDocument(id, country + "/" + id + ".md", "md", "text/markdown", "00", 10, 10, false,
                Instant.parse("2024-01-0" + (1 + Math.abs(id.hashCode() % 8)) + "T00:00:00Z"), meta,
                List.of(clauses), answers);
    }

    private static ResearchAnswers answers(boolean digital, List<Integer> digitalEv, List<Integer> securityEv,
                                           boolean standards, List<Integer> standardsEv) {
        return new ResearchAnswers(digital, digitalEv, securityEv.size(), securityEv, standards, List.of(),
                standardsEv);
    }

    private static Clause clause(int ordinal, String ref, String text, boolean security, Mention... mentions) {
        return new Clause(ordinal, ref, List.of(), text, List.of(mentions), security, true);
    }

    private static Mention m(String id, Category category, Strength strength) {
        return new Mention(id, category, null, 0, 1, id, strength, false);
    }
}
