package org.policyportal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyportal.document.Clause;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.document.PolicyDocument;
import org.policyportal.standards.Category;
import org.policyportal.standards.Mention;
import org.policyportal.standards.ResearchAnswers;
import org.policyportal.standards.Strength;

/** The fixed test corpus of {@link FakeSearchService}, including a document with hostile metadata. */
public final class FakeDocuments {

    public static final String HOSTILE_ID = "fr-hostile";
    public static final String HOSTILE_TITLE = "<script>alert('title')</script> Evil & \"quoted\"";

    static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<String, Category> CATEGORIES = new LinkedHashMap<>();

    static {
        standard("dmarc", "DMARC", Category.EMAIL);
        standard("spf", "SPF", Category.EMAIL);
        standard("iso27001", "ISO/IEC 27001", Category.ISMS);
        standard("tls", "TLS", Category.CRYPTO);
        standard("nist-800-171", "NIST SP 800-171", Category.NATIONAL);
    }

    private FakeDocuments() {
    }

    private static void standard(String id, String label, Category category) {
        LABELS.put(id, label);
        CATEGORIES.put(id, category);
    }

    static String label(String id) {
        return LABELS.getOrDefault(id, id);
    }

    public static List<PolicyDocument> all() {
        List<PolicyDocument> docs = new ArrayList<>();
        docs.add(doc("nl-bio", "Baseline Informatiebeveiliging Overheid", "NL", "Ministerie van BZK", 2019, "nl",
                "nl/bio.txt", Map.of("licence", "CC0"), Set.of("year"),
                clause(1, "1", "Scope", "Deze baseline geldt voor alle overheidsorganisaties.", false),
                clause(2, "2.1", "Email security", "Email security: suppliers must implement DMARC and SPF.", true,
                        "dmarc", "spf"),
                clause(3, "2.2", "Management", "The information security management system follows ISO/IEC 27001.",
                        true, "iso27001")));
        docs.add(doc("de-bsi", "IT-Grundschutz procurement guidance", "DE", "BSI", 2021, "de", "de/bsi.txt",
                Map.of(), Set.of(),
                clause(1, "1", "Einleitung", "Security requirements for procured IT services.", true, "tls"),
                clause(2, "2", "E-Mail", "Mail servers use DMARC with a reject policy for security.", true, "dmarc")));
        docs.add(doc("us-far", "FAR 52.204-21 Basic Safeguarding of Covered Contractor Information Systems", "US",
                "GSA", 2016, "en", "us/far.txt", Map.of(), Set.of(),
                clause(1, "52.204-21(b)(1)", "Safeguarding", "Limit information system access to authorized users; "
                        + "see NIST SP 800-171 for security.", true, "nist-800-171")));
        docs.add(doc("gb-cloud", "Cloud security principles for buyers", "GB", "NCSC", 2020, "en", "gb/cloud.txt",
                Map.of(), Set.of("country"),
                clause(1, "1", "Principles", "Data in transit protection with TLS for cloud security.", true, "tls")));
        docs.add(doc(HOSTILE_ID, HOSTILE_TITLE, "FR", "<img src=x onerror=alert('body')>", 2022, "fr", "fr/x.txt",
                Map.of("licence", "<b onmouseover=alert(1)>CC</b>"), Set.of(),
                clause(1, "<i>1</i>", "<script>h</script>", "Texte <script>alert('clause')</script> security.", true)));
        for (int i = 1; i <= 8; i++) {
            docs.add(doc("se-" + i, "Swedish procurement guideline " + i, "SE", "DIGG", 2010 + i, "sv",
                    "se/" + i + ".txt", Map.of(), Set.of(),
                    clause(1, null, "Krav", "Leverantören ska följa säkerhetskrav nummer " + i + ".", false)));
        }
        return docs;
    }

    public static PolicyDocument doc(String id, String title, String country, String body, Integer year,
                                     String lang, String path, Map<String, String> extra, Set<String> inferred,
                                     Clause... clauses) {
        List<Integer> security = java.util.Arrays.stream(clauses).filter(Clause::security).map(Clause::ordinal).toList();
        List<String> secStandards = java.util.Arrays.stream(clauses).filter(Clause::security)
                .flatMap(c -> c.mentions().stream()).map(Mention::standardId).distinct().toList();
        List<Integer> stdEvidence = java.util.Arrays.stream(clauses)
                .filter(c -> c.security() && !c.mentions().isEmpty()).map(Clause::ordinal).toList();
        ResearchAnswers answers = new ResearchAnswers(!security.isEmpty(), security, security.size(), security,
                !secStandards.isEmpty(), secStandards, stdEvidence);
        var meta = new DocumentMetadata(title, country, body, year, lang, "https://example.org/" + id, extra, inferred);
        return new PolicyDocument(id, path, "txt", "text/plain", "0".repeat(64), 100, 100, false,
                Instant.parse("2026-01-01T00:00:00Z"), meta, List.of(clauses), answers);
    }

    public static Clause clause(int ordinal, String ref, String heading, String text, boolean security,
                                String... standards) {
        List<Mention> mentions = java.util.Arrays.stream(standards).map(s -> new Mention(s, CATEGORIES.get(s), null,
                0, 1, s, Strength.REQUIRED, false)).toList();
        return new Clause(ordinal, ref, List.of(heading), text, mentions, security, security);
    }
}
