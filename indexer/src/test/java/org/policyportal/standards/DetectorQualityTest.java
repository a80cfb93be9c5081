package org.policyportal.standards;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Precision/recall of the detector on the hand-written labelled set {@code standards/labelled.tsv}. */
class DetectorQualityTest {

    record Labelled(int line, String lang, Set<String> expected, String text) {
    }

    static List<Labelled> load() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = DetectorQualityTest.class.getResourceAsStream("/standards/labelled.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String l;
            int n = 0;
            while ((l = r.readLine()) != null) {
                n++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t", 3);
                if (f.length != 3) {
                    throw new IllegalStateException("Bad line " + n + ": " + l);
                }
                Set<String> exp = f[1].equals("-") ? Set.of()
                        : Arrays.stream(f[1].split(",")).map(String::strip).collect(Collectors.toSet());
                out.add(new Labelled(n, f[0], exp, f[2]));
            }
        }
        return out;
    }

    @Test
    void precisionAndRecallOnLabelledSet() throws IOException {
        StandardsRegistry reg = StandardsRegistry.loadDefault();
        StandardsDetector det = new StandardsDetector(reg);
        List<Labelled> set = load();
        assertThat(set).hasSizeGreaterThanOrEqualTo(320);
        assertThat(set.stream().map(Labelled::lang).collect(Collectors.toSet()))
                .contains("en", "nl", "de", "fr", "es");
        for (Labelled l : set) {
            for (String id : l.expected()) {
                assertThat(reg.byId(id)).as("unknown id %s on line %d", id, l.line()).isPresent();
            }
        }
        Set<Category> covered = new HashSet<>();
        for (Labelled l : set) {
            l.expected().forEach(id -> covered.add(reg.byId(id).orElseThrow().category()));
        }
        assertThat(covered).as("every category has labelled positives").containsExactlyInAnyOrder(Category.values());
        assertThat(set.stream().filter(l -> l.expected().isEmpty()).count()).as("negatives").isGreaterThanOrEqualTo(60);
        Map<String, int[]> perStd = new TreeMap<>(); // tp, fp, fn
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> errors = new ArrayList<>();
        for (Labelled l : set) {
            Set<String> got = det.detect(l.text()).stream().map(Mention::standardId)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> exp = l.expected();
            for (String g : got) {
                int[] c = perStd.computeIfAbsent(g, k -> new int[3]);
                if (exp.contains(g)) {
                    c[0]++;
                    tp++;
                } else {
                    c[1]++;
                    fp++;
                }
            }
            for (String e : exp) {
                if (!got.contains(e)) {
                    perStd.computeIfAbsent(e, k -> new int[3])[2]++;
                    fn++;
                }
            }
            if (!got.equals(new HashSet<>(exp))) {
                errors.add(String.format("line %d [%s] expected=%s got=%s :: %s", l.line(), l.lang(),
                        new TreeSet<>(exp), got, l.text()));
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-28s %4s %4s %4s %7s %7s%n", "standard", "tp", "fp", "fn", "prec", "recall"));
        perStd.entrySet().stream()
                .sorted((a, b) -> Double.compare(f1(a.getValue()), f1(b.getValue())))
                .forEach(e -> {
                    int[] c = e.getValue();
                    table.append(String.format("%-28s %4d %4d %4d %7.3f %7.3f%n", e.getKey(), c[0], c[1], c[2],
                            c[0] / (double) Math.max(1, c[0] + c[1]), c[0] / (double) Math.max(1, c[0] + c[2])));
                });
        table.append(String.format("OVERALL sentences=%d tp=%d fp=%d fn=%d precision=%.4f recall=%.4f%n",
                set.size(), tp, fp, fn, precision, recall));
        errors.forEach(e -> table.append("MISMATCH ").append(e).append('\n'));
        System.out.println(table);
        assertThat(precision).as("overall precision").isGreaterThanOrEqualTo(0.98);
        assertThat(recall).as("overall recall").isGreaterThanOrEqualTo(0.95);
    }

    private static double f1(int[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[1]);
        double r = c[0] / (double) Math.max(1, c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
