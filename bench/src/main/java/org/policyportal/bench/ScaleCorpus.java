package org.policyportal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.policyportal.document.Clause;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.ingest.DocumentPipeline;
import org.policyportal.ingest.Enricher;
import org.policyportal.ingest.GenerationWriter;
import org.policyportal.ingest.StandardsEnricher;
import org.policyportal.standards.StandardsRegistry;

/**
 * Deterministic, seeded generator of a policy-like scale corpus whose metadata spread and standard mentions follow
 * the real corpus ({@code ../shared/corpus-real}, measured 2026-11-28 from its manifest and index: 1,642 documents,
 * 174,152 clauses; 77 % US, 11 % GB ...; 93 % English; most documents from 2021; about half mention no standard).
 *
 * <pre>
 * # files + manifest.csv that `./portal index` ingests (HTML 64 %, Markdown 26 %, TXT ~9.5 %, PDF every 200th)
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.policyportal.bench.ScaleCorpus \
 *      --docs 10000 --out /tmp/scale10k
 * # fast path: the same documents straight into a published index generation (no files, no Tika)
 * ... ScaleCorpus --docs 100000 --lucene /tmp/scale100k-index --threads 2
 * </pre>
 * Document {@code i} depends only on {@code (seed, i)}, so any slice is reproducible and generation parallelises.
 */
public final class ScaleCorpus {

    // ---- distributions measured on the real corpus (manifest.csv and gen-000001) -------------------------------
    static final String[] COUNTRIES = {"US", "GB", "CA", "FR", "EE", "INT", "NL", "AU", "EU", "DE"};
    static final int[] COUNTRY_WEIGHT = {1259, 182, 43, 37, 33, 25, 24, 14, 14, 12};
    static final Map<String, String> LANGUAGE_OF = Map.of("FR", "fr", "EE", "et", "NL", "nl", "DE", "de");
    static final int[] YEARS = {2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
            2023, 2024, 2025, 2026};
    static final int[] YEAR_WEIGHT = {1, 3, 9, 12, 48, 42, 25, 73, 73, 27, 42, 76, 902, 34, 47, 88, 89, 52};
    /** Clause length in characters: bucket upper bounds and weights (per mille), from the real index. */
    static final int[] CLAUSE_LEN = {40, 80, 140, 220, 350, 550, 900, 1500, 3000};
    static final int[] CLAUSE_LEN_WEIGHT = {120, 170, 190, 170, 150, 110, 60, 22, 8};
    /** Standards mentioned per document: 0, 1, 2, 3, 4-6, 7-12 (per mille). */
    static final int[] STD_COUNT = {0, 1, 2, 3, 5, 9};
    static final int[] STD_COUNT_WEIGHT = {480, 170, 110, 80, 100, 60};
    /** Surface forms the standards detector recognises. */
    static final String[] STANDARDS = {"DNSSEC", "RPKI", "IPv6", "TLS 1.3", "TLS 1.2", "DMARC", "DKIM", "SPF",
            "security.txt", "ISO/IEC 27001", "ISO/IEC 27002", "ETSI EN 303 645", "NIST SP 800-171",
            "NIST SP 800-53", "HTTPS", "HSTS", "WCAG 2.1", "FIPS 140-2", "SBOM", "OpenID Connect"};
    static final int[] STANDARD_WEIGHT = {30, 12, 40, 35, 25, 30, 20, 18, 8, 60, 25, 10, 40, 45, 50, 15, 30, 20, 15, 10};

    static final String[] BODY_KINDS = {"Ministry of Digital Affairs", "Procurement Agency", "Cyber Security Centre",
            "Department of Finance", "Office of the CIO", "Digital Service", "Standards Board", "Treasury Board",
            "General Services Administration", "National Archives", "Department of Health", "Defence Procurement"};

    static final String EN = """
            the supplier shall ensure that all systems services and data are protected against unauthorised access \
            contract contractor agency department procurement requirement requirements security information \
            technology network networks software hardware cloud service services provider providers data personal \
            privacy protection risk risks assessment management incident incidents response report reporting vendor \
            vendors must should may will be is are of to and in for on with by as at from that this which or not \
            government federal public sector authority authorities buyer buyers purchase purchasing tender tenders \
            evaluation criteria compliance comply compliant certificate certification audit audits logging monitoring \
            access control identity authentication encryption cryptographic keys key secure securely vulnerability \
            vulnerabilities patch patches update updates supply chain component components open source license \
            interoperability accessibility availability continuity backup recovery email domain domains routing \
            internet web website websites application applications mobile device devices endpoint firewall zero trust \
            architecture policy policies standard standards guidance framework controls control baseline minimum \
            annual review approval approved officer chief responsible responsibility within days notify notification \
            breach breaches sensitive classified unclassified system operation operations maintenance lifecycle""";
    static final Map<String, String> OTHER = Map.of(
            "fr", "le fournisseur doit garantir la sécurité des systèmes et des données marché public acheteur "
                    + "exigences sécurité informatique réseau logiciel service nuage protection risque incident "
                    + "contrat prestataire administration conformité certification chiffrement accès contrôle "
                    + "de la les des et en pour sur avec par dans une un est sont être doit",
            "et", "tarnija peab tagama süsteemide ja andmete turvalisuse hange hankija nõuded infoturbe võrk tarkvara "
                    + "teenus pilv kaitse risk intsident leping asutus vastavus sertifikaat krüpteerimine juurdepääs "
                    + "ja on ning või kui see mis peab tuleb",
            "nl", "de leverancier moet de beveiliging van systemen en gegevens waarborgen aanbesteding inkoop eisen "
                    + "informatiebeveiliging netwerk software dienst cloud bescherming risico incident contract "
                    + "overheid naleving certificering versleuteling toegang beheer van het een en in op met door is zijn",
            "de", "der Auftragnehmer muss die Sicherheit der Systeme und Daten gewährleisten Vergabe Beschaffung "
                    + "Anforderungen Informationssicherheit Netzwerk Software Dienst Cloud Schutz Risiko Vorfall "
                    + "Vertrag Behörde Einhaltung Zertifizierung Verschlüsselung Zugang die der das und in mit von ist sind");

    public enum Format { HTML, MD, TXT, PDF }

    /** One generated document before it is written anywhere. */
    public record Generated(String path, String title, String country, String issuingBody, int year, String language,
                            Format format, List<Section> sections) {
    }

    /** A heading and its numbered clauses. */
    public record Section(String heading, List<String> clauses) {
    }

    private final long seed;
    private final int clausesPerDoc;
    private final String[][] vocab;
    private final String[] languages = {"en", "fr", "et", "nl", "de"};

    public ScaleCorpus(long seed, int clausesPerDoc) {
        this.seed = seed;
        this.clausesPerDoc = clausesPerDoc;
        this.vocab = new String[languages.length][];
        vocab[0] = EN.split("\\s+");
        for (int i = 1; i < languages.length; i++) {
            vocab[i] = OTHER.get(languages[i]).split("\\s+");
        }
    }

    /** Document {@code i} of the corpus; pure function of (seed, clausesPerDoc, i). */
    public Generated document(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String country = COUNTRIES[pick(r, COUNTRY_WEIGHT)];
        String language = LANGUAGE_OF.getOrDefault(country, "en");
        if (r.nextInt(100) < 3) {
            language = "en"; // English versions of national documents
        }
        int year = YEARS[pick(r, YEAR_WEIGHT)];
        String body = country + " " + BODY_KINDS[(int) Math.abs((country.hashCode() * 31L + r.nextInt(6)) % BODY_KINDS.length)];
        int f = i % 200 == 199 ? 3 : pickIndex(r.nextInt(1000), 640, 260, 100);
        Format format = Format.values()[f];
        Words words = Words.of(r, vocab[langIndex(language)]);
        String title = capitalise(sentence(r, words, 4 + r.nextInt(6), language)) + " " + (i + 1);
        // clauses per document: log-normal around the mean, at least 3
        int n = (int) Math.max(3, Math.round(clausesPerDoc * Math.exp(r.nextGaussian() * 0.8 - 0.32)));
        int stdCount = STD_COUNT[pick(r, STD_COUNT_WEIGHT)];
        List<String> clauses = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            int bucket = pick(r, CLAUSE_LEN_WEIGHT);
            int lo = bucket == 0 ? 15 : CLAUSE_LEN[bucket - 1];
            int len = lo + r.nextInt(CLAUSE_LEN[bucket] - lo);
            clauses.add(capitalise(text(r, words, len, language)) + ".");
        }
        for (int s = 0; s < stdCount; s++) {
            int c = r.nextInt(n);
            String std = STANDARDS[pick(r, STANDARD_WEIGHT)];
            String verb = language.equals("en") ? (r.nextBoolean() ? " The supplier must support " : " Systems should use ")
                    : " ";
            clauses.set(c, clauses.get(c) + verb + std + ".");
        }
        List<Section> sections = new ArrayList<>();
        int at = 0;
        while (at < n) {
            int take = Math.min(n - at, 3 + r.nextInt(10));
            sections.add(new Section(capitalise(sentence(r, words, 2 + r.nextInt(4), language)),
                    List.copyOf(clauses.subList(at, at + take))));
            at += take;
        }
        String slug = "doc-%06d".formatted(i);
        String ext = switch (format) {
            case HTML -> "html";
            case MD -> "md";
            case TXT -> "txt";
            case PDF -> "pdf";
        };
        String path = country + "/" + (i / 1000) + "/" + slug + "." + ext;
        return new Generated(path, title, country, body, year, language, format, sections);
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private static int langIndex(String language) {
        return switch (language) {
            case "fr" -> 1;
            case "et" -> 2;
            case "nl" -> 3;
            case "de" -> 4;
            default -> 0;
        };
    }

    /** Zipf-like word choice: low indexes (the content words listed first) are more frequent. */
    private static String zipf(Random r, String[] words) {
        double u = r.nextDouble();
        int idx = (int) (words.length * Math.pow(u, 1.6));
        return words[Math.min(words.length - 1, idx)];
    }

    static final java.util.Set<String> FUNCTION = java.util.Set.of("the", "of", "to", "and", "in", "for", "on",
            "with", "by", "as", "at", "from", "that", "this", "which", "or", "not", "be", "is", "are", "shall",
            "must", "should", "may", "will", "all", "within");
    static final String[] SYLLABLES = {"ka", "lo", "mi", "ter", "van", "sel", "dor", "pra", "ne", "tis", "gu",
            "ran", "bel", "cho", "fy", "stra", "un", "qui", "ox", "ze"};
    static final int PSEUDO_WORDS = 30_000;

    /** The {@code k}-th word of a large synthetic vocabulary (rank k of a Zipf tail): names, jargon, numbers. */
    static String pseudoWord(int k) {
        StringBuilder sb = new StringBuilder();
        int x = k + 21;
        while (x > 0) {
            sb.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        }
        return sb.toString();
    }

    /**
     * A document's word source. Real policy text is selective: in the real corpus "security" is in 35 % of the
     * documents, "encryption" in 4.5 %, "ipv6" in 1 %. So each document draws from function words (45 %), its own
     * 40 topic words out of the content vocabulary (35 %) and a 30,000-word Zipf tail (20 %); without this every
     * content word would be in nearly every document and every query would match the whole corpus.
     */
    record Words(String[] function, String[] topics) {
        static Words of(Random r, String[] vocabulary) {
            List<String> fn = new ArrayList<>();
            List<String> content = new ArrayList<>();
            for (String w : vocabulary) {
                (FUNCTION.contains(w) ? fn : content).add(w);
            }
            java.util.Collections.shuffle(content, r);
            List<String> topics = content.subList(0, Math.min(40, content.size()));
            return new Words(fn.isEmpty() ? vocabulary : fn.toArray(String[]::new), topics.toArray(String[]::new));
        }
    }

    private static String word(Random r, Words words) {
        double u = r.nextDouble();
        if (u < 0.45) {
            return words.function()[r.nextInt(words.function().length)];
        }
        if (u < 0.80) {
            return zipf(r, words.topics());
        }
        return pseudoWord((int) (PSEUDO_WORDS * Math.pow(r.nextDouble(), 3)));
    }

    private static String sentence(Random r, Words words, int n, String language) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(word(r, words));
        }
        return sb.toString();
    }

    private static String text(Random r, Words words, int chars, String language) {
        StringBuilder sb = new StringBuilder(chars + 16);
        while (sb.length() < chars) {
            if (!sb.isEmpty()) {
                sb.append(r.nextInt(14) == 0 ? ", " : " ");
            }
            sb.append(word(r, words));
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static int pick(Random r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private static int pickIndex(int x, int... cumulativeParts) {
        int acc = 0;
        for (int k = 0; k < cumulativeParts.length; k++) {
            acc += cumulativeParts[k];
            if (x < acc) {
                return k;
            }
        }
        return cumulativeParts.length - 1;
    }

    // ---- rendering -------------------------------------------------------------------------------------------

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String html(Generated g) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(g.language()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(g.title())).append("</title></head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/policies\">Policies</a></nav>\n<main>\n<h1>")
                .append(esc(g.title())).append("</h1>\n");
        int s = 1;
        for (Section sec : g.sections()) {
            sb.append("<h2>").append(s).append(". ").append(esc(sec.heading())).append("</h2>\n");
            int c = 1;
            for (String clause : sec.clauses()) {
                sb.append("<p>").append(s).append('.').append(c++).append(' ').append(esc(clause)).append("</p>\n");
            }
            s++;
        }
        return sb.append("</main>\n<footer>Generated scale corpus</footer></body></html>\n").toString();
    }

    public static String markdown(Generated g) {
        StringBuilder sb = new StringBuilder(8192).append("# ").append(g.title()).append("\n\n");
        int s = 1;
        for (Section sec : g.sections()) {
            sb.append("## ").append(s).append(". ").append(sec.heading()).append("\n\n");
            int c = 1;
            for (String clause : sec.clauses()) {
                sb.append(s).append('.').append(c++).append(' ').append(clause).append("\n\n");
            }
            s++;
        }
        return sb.toString();
    }

    public static String text(Generated g) {
        StringBuilder sb = new StringBuilder(8192).append(g.title().toUpperCase(Locale.ROOT)).append("\n\n");
        int s = 1;
        for (Section sec : g.sections()) {
            sb.append(s).append(". ").append(sec.heading().toUpperCase(Locale.ROOT)).append("\n\n");
            int c = 1;
            for (String clause : sec.clauses()) {
                sb.append(s).append('.').append(c++).append(' ').append(clause).append("\n\n");
            }
            s++;
        }
        return sb.toString();
    }

    public static byte[] pdf(Generated g) throws IOException {
        try (PDDocument doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = new ArrayList<>();
            for (String para : text(g).split("\n\n")) {
                StringBuilder line = new StringBuilder();
                for (String w : ascii(para).split(" ")) {
                    if (line.length() + w.length() > 90) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(line.isEmpty() ? "" : " ").append(w);
                }
                lines.add(line.toString());
                lines.add("");
            }
            for (int from = 0; from < lines.size(); from += 60) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.setLeading(11);
                    cs.newLineAtOffset(50, 750);
                    for (String l : lines.subList(from, Math.min(lines.size(), from + 60))) {
                        cs.showText(l);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.getDocumentInformation().setTitle(ascii(g.title()));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).toCharArray()) {
            if (c >= 32 && c < 127) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ---- outputs ---------------------------------------------------------------------------------------------

    /** Writes documents [0, docs) as files plus manifest.csv under {@code out}; returns bytes written. */
    public long writeFiles(Path out, int docs, int threads) throws Exception {
        Files.createDirectories(out);
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        int chunk = 500;
        for (int from = 0; from < docs; from += chunk) {
            int lo = from;
            int hi = Math.min(docs, from + chunk);
            futures.add(pool.submit(() -> {
                for (int i = lo; i < hi; i++) {
                    Generated g = document(i);
                    Path file = out.resolve(g.path());
                    Files.createDirectories(file.getParent());
                    byte[] content = switch (g.format()) {
                        case HTML -> html(g).getBytes(StandardCharsets.UTF_8);
                        case MD -> markdown(g).getBytes(StandardCharsets.UTF_8);
                        case TXT -> text(g).getBytes(StandardCharsets.UTF_8);
                        case PDF -> pdf(g);
                    };
                    Files.write(file, content);
                    bytes.addAndGet(content.length);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("manifest.csv"))) {
            w.write("path,title,country,issuing_body,year,language\n");
            for (int i = 0; i < docs; i++) {
                Generated g = document(i);
                w.write(String.join(",", csv(g.path()), csv(g.title()), g.country(), csv(g.issuingBody()),
                        Integer.toString(g.year()), g.language()) + "\n");
            }
        }
        return bytes.get();
    }

    /** The document as the ingest pipeline would produce it, without files or Tika. */
    public PolicyDocument policyDocument(Generated g, Enricher enricher, Instant indexedAt) {
        List<Clause> clauses = new ArrayList<>();
        int ordinal = 0;
        int s = 1;
        for (Section sec : g.sections()) {
            int c = 1;
            for (String clause : sec.clauses()) {
                clauses.add(Clause.of(ordinal++, s + "." + c++, List.of(s + ". " + sec.heading()), clause));
            }
            s++;
        }
        List<Clause> enriched = enricher.enrich(clauses);
        String html = html(g);
        long chars = clauses.stream().mapToLong(c -> c.text().length()).sum();
        DocumentMetadata m = new DocumentMetadata(g.title(), g.country(), g.issuingBody(), g.year(), g.language(),
                null, Map.of(), Set.of());
        return new PolicyDocument(DocumentPipeline.documentId(g.path()), g.path(), g.format().name().toLowerCase(Locale.ROOT),
                "text/html; charset=UTF-8", sha256(html), html.length(), chars, false, indexedAt, m, enriched,
                enricher.answer(enriched));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fast path: documents [0, docs) straight into a new published generation under {@code indexRoot}. */
    public long[] writeIndex(Path indexRoot, int docs, int threads) throws Exception {
        IndexSchema schema = new IndexSchema();
        DocumentMapper mapper = new DocumentMapper(schema);
        Enricher enricher = new StandardsEnricher(StandardsRegistry.loadDefault());
        Instant now = Instant.parse("2026-11-28T00:00:00Z");
        AtomicLong clauses = new AtomicLong();
        try (GenerationWriter gen = GenerationWriter.open(new IndexLayout(indexRoot), schema, false)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            int chunk = 200;
            for (int from = 0; from < docs; from += chunk) {
                int lo = from;
                int hi = Math.min(docs, from + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = lo; i < hi; i++) {
                        PolicyDocument d = policyDocument(document(i), enricher, now);
                        clauses.addAndGet(d.clauses().size());
                        gen.update(d.path(), mapper.toBlock(d));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            gen.commit();
            gen.publish();
        }
        return new long[] {docs, clauses.get()};
    }

    /**
     * CPU time of this whole process (all threads: indexing, merges, JIT, GC). The reference machine is shared, so
     * wall time says more about the neighbours than about the code; CPU time is the figure to compare.
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The 1-minute load average, or "n/a" where the platform has none. */
    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : "%.2f".formatted(load);
    }

    public static void main(String[] args) throws Exception {
        int docs = 10_000;
        long seed = 42;
        int perDoc = 100;
        int threads = Runtime.getRuntime().availableProcessors();
        Path out = null;
        Path lucene = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--clauses-per-doc" -> perDoc = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--lucene" -> lucene = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --docs --seed --clauses-per-doc --threads --out --lucene");
            }
        }
        if (out == null && lucene == null) {
            System.err.println("usage: ScaleCorpus --docs N [--seed S] [--clauses-per-doc M] [--threads T] "
                    + "(--out DIR | --lucene INDEXROOT)");
            System.exit(2);
        }
        ScaleCorpus corpus = new ScaleCorpus(seed, perDoc);
        long t0 = System.nanoTime();
        if (out != null) {
            long bytes = corpus.writeFiles(out, docs, threads);
            System.out.printf("wrote %d documents (%.1f MB) to %s in %.1f s%n", docs, bytes / 1e6, out,
                    (System.nanoTime() - t0) / 1e9);
        }
        if (lucene != null) {
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            long[] counts = corpus.writeIndex(lucene, docs, threads);
            double s = (System.nanoTime() - t1) / 1e9;
            System.out.printf("indexed %d documents / %d clauses into %s in %.1f s, %.1f s CPU (%.0f docs/s, "
                    + "%.0f clauses/s, %d threads, direct to Lucene, no extraction; load average %s)%n", counts[0],
                    counts[1], lucene, s, (processCpuNanos() - cpu1) / 1e9, counts[0] / s, counts[1] / s, threads,
                    loadAverage());
        }
    }
}
