package org.policyportal.standards;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the detector over the Markdown/HTML part of the shared real corpus and prints the most frequent
 * standards plus a seeded random sample of mentions for hand checking (see REAL_CORPUS_CHECK.md).
 * Skipped unless {@code ../../shared/corpus-real} (relative to the indexer module) or {@code -Dshared.dir} exists.
 */
class StandardsRealCorpusIT {

    private static final String BLOCKS = "p, li, td, th, h1, h2, h3, h4, h5, h6, dd, dt, blockquote, pre";

    static Path corpusDir() {
        String prop = System.getProperty("shared.dir");
        Path shared = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath().resolve("../../shared").normalize();
        return shared.resolve("corpus-real");
    }

    record Hit(Path file, Mention mention, String clause) {
    }

    static List<String> clauses(Path f) throws IOException {
        String raw = Files.readString(f, StandardCharsets.UTF_8);
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (name.endsWith(".html") || name.endsWith(".xhtml") || name.endsWith(".htm")) {
            Document d = Jsoup.parse(raw);
            for (Element e : d.select(BLOCKS)) {
                if (e.select(BLOCKS).size() == 1) { // leaf block only, so text is not counted twice
                    String t = e.text().strip();
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
            }
        } else {
            for (String para : raw.split("\\n\\s*\\n")) {
                // some files put one paragraph per line without blank lines: split long blocks per line
                String[] parts = para.split("\\n").length > 15 ? para.split("\\n") : new String[] {para};
                for (String part : parts) {
                    String t = part.strip();
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void scanRealCorpus() throws IOException {
        Path dir = corpusDir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared corpus not available at " + dir);
        StandardsDetector det = new StandardsDetector(StandardsRegistry.loadDefault());
        ResearchQuestions rq = new ResearchQuestions(new SecurityClassifier(), new DigitalFocus());
        // only documents listed in manifest.csv (first column = path), so the corpus README is not scanned
        Set<String> listed = new HashSet<>();
        Path manifest = dir.resolve("manifest.csv");
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    listed.add(line.substring(0, comma));
                }
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".xhtml") || n.endsWith(".htm");
            }).filter(p -> listed.isEmpty() || listed.contains(dir.relativize(p).toString().replace('\\', '/')))
                    .sorted().toList();
        }
        Map<String, Integer> docCount = new HashMap<>();
        Map<String, Integer> mentionCount = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        int clauseTotal = 0;
        int digitalDocs = 0;
        int securityDocs = 0;
        int standardsDocs = 0;
        long nanos = 0;
        Map<String, int[]> perSource = new java.util.TreeMap<>(); // docs, digital, security, standards-in-security
        for (Path f : files) {
            List<String> cl = clauses(f);
            List<ClauseFindings> findings = new ArrayList<>(cl.size());
            Set<String> inDoc = new HashSet<>();
            for (int i = 0; i < cl.size(); i++) {
                long t0 = System.nanoTime();
                List<Mention> ms = det.detect(cl.get(i));
                nanos += System.nanoTime() - t0;
                findings.add(new ClauseFindings(i, cl.get(i), ms));
                for (Mention m : ms) {
                    inDoc.add(m.standardId());
                    mentionCount.merge(m.standardId(), 1, Integer::sum);
                    hits.add(new Hit(f, m, cl.get(i)));
                    assertThat(cl.get(i).substring(m.start(), m.end())).isEqualTo(m.matched());
                }
            }
            clauseTotal += cl.size();
            inDoc.forEach(id -> docCount.merge(id, 1, Integer::sum));
            ResearchAnswers a = rq.answer(findings);
            digitalDocs += a.digitalFocus() ? 1 : 0;
            securityDocs += a.securityClauseCount() > 0 ? 1 : 0;
            standardsDocs += a.standardsInSecurity() ? 1 : 0;
            Path rel = dir.relativize(f);
            String source = rel.getNameCount() > 2 ? rel.getName(0) + "/" + rel.getName(1) : rel.getName(0).toString();
            int[] ps = perSource.computeIfAbsent(source, x -> new int[4]);
            ps[0]++;
            ps[1] += a.digitalFocus() ? 1 : 0;
            ps[2] += a.securityClauseCount() > 0 ? 1 : 0;
            ps[3] += a.standardsInSecurity() ? 1 : 0;
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("Real corpus: %d md/html files, %d clauses, %d mentions, %.2f us/clause%n",
                files.size(), clauseTotal, hits.size(), nanos / 1e3 / Math.max(1, clauseTotal)));
        out.append(String.format("Q1 digital focus: %d docs; Q2 >=1 security clause: %d docs; Q3 standards in security: %d docs%n",
                digitalDocs, securityDocs, standardsDocs));
        out.append("Per source (docs / Q1 digital / Q2 any security clause / Q3 standards in security):\n");
        perSource.forEach((k, v) -> out.append(String.format("  %-45s %4d %4d %4d %4d%n", k, v[0], v[1], v[2], v[3])));
        out.append("Top 30 standards by document count:\n");
        docCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(30)
                .forEach(e -> out.append(String.format("  %-26s docs=%4d mentions=%5d%n", e.getKey(), e.getValue(),
                        mentionCount.get(e.getKey()))));
        out.append("30 random mentions (seed 20261128):\n");
        Random rnd = new Random(20261128L);
        List<Hit> sample = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        while (sample.size() < Math.min(30, hits.size())) {
            int i = rnd.nextInt(hits.size());
            if (seen.add(i)) {
                sample.add(hits.get(i));
            }
        }
        sample.sort(Comparator.comparing((Hit h) -> h.mention().standardId()));
        int k = 1;
        for (Hit h : sample) {
            Mention m = h.mention();
            String c = h.clause();
            int a = Math.max(0, m.start() - 70);
            int b = Math.min(c.length(), m.end() + 70);
            String ctx = (c.substring(a, m.start()) + "[[" + m.matched() + "]]" + c.substring(m.end(), b))
                    .replaceAll("\\s+", " ");
            out.append(String.format("%2d. %s v=%s %s%s | %s | %s%n", k++, m.standardId(), m.version(),
                    m.strength().id(), m.deprecated() ? " DEPRECATED" : "", dir.relativize(h.file()), ctx));
        }
        Files.createDirectories(Path.of("target"));
        // every mention with context, for grepping during hand checks (target/ only, never committed)
        StringBuilder all = new StringBuilder();
        for (Hit h : hits) {
            Mention m = h.mention();
            String c = h.clause();
            int a = Math.max(0, m.start() - 60);
            int b = Math.min(c.length(), m.end() + 60);
            all.append(m.standardId()).append('\t').append(m.matched()).append('\t').append(dir.relativize(h.file()))
                    .append('\t').append((c.substring(a, m.start()) + "[[" + m.matched() + "]]" + c.substring(m.end(), b))
                            .replaceAll("\\s+", " ")).append('\n');
        }
        Files.writeString(Path.of("target", "standards-real-corpus-mentions.tsv"), all.toString(), StandardCharsets.UTF_8);
        PrintStream ps = System.out;
        ps.println(out);
        Path report = Path.of("target", "standards-real-corpus.txt");
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        assertThat(files).isNotEmpty();
    }
}
