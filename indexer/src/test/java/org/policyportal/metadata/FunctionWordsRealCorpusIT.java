package org.policyportal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Over the Markdown, HTML and text files of {@code ../shared/corpus-real} (skipped when it is absent): where the
 * function words name a language, it is the manifest's, and most prose in the five analysed languages is named.
 * Text is read plainly (jsoup's text for HTML), not through the indexer's extraction, to keep the test quick.
 */
class FunctionWordsRealCorpusIT {

    private static final Set<String> ANALYSED = Set.of("en", "nl", "de", "fr", "es");

    @Test
    void namesOnlyTheManifestsLanguage() throws Exception {
        String prop = System.getProperty("shared.dir");
        Path shared = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath().resolve("../../shared");
        Path corpus = shared.resolve("corpus-real").normalize();
        assumeTrue(Files.isRegularFile(corpus.resolve("manifest.csv")), "../shared/corpus-real is absent");

        List<String> wrong = new ArrayList<>();
        Map<String, int[]> perLanguage = new TreeMap<>(); // language -> {files, named}
        for (Manifest.Row row : Manifest.read(corpus.resolve("manifest.csv")).rows()) {
            String language = row.values().get("language");
            String name = row.path().toLowerCase(Locale.ROOT);
            boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
            if (language == null || !(html || name.endsWith(".md") || name.endsWith(".txt"))) {
                continue;
            }
            String raw = Files.readString(corpus.resolve(row.path()), StandardCharsets.UTF_8);
            String text = html ? Jsoup.parse(raw).text() : raw;
            String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
            var named = FunctionWords.clearLanguage(sample);
            int[] counts = perLanguage.computeIfAbsent(language, l -> new int[2]);
            counts[0]++;
            if (named.isPresent()) {
                counts[1]++;
                if (!named.get().equals(language)) {
                    wrong.add(row.path() + ": " + language + " named " + named.get());
                }
            }
        }
        perLanguage.forEach((l, c) -> System.out.printf("FUNCTION WORDS %s: %d of %d files named%n", l, c[1], c[0]));
        assertThat(wrong).isEmpty();
        assertThat(perLanguage.get("en")[0]).isGreaterThan(500);
        assertThat((double) perLanguage.get("en")[1] / perLanguage.get("en")[0]).isGreaterThan(0.7);
        perLanguage.forEach((l, c) -> {
            if (!ANALYSED.contains(l)) {
                assertThat(c[1]).as("files in %s named", l).isZero();
            }
        });
    }
}
