package org.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Manifest;

/**
 * Indexes the real corpus in {@code ../shared/corpus-real} (skipped when it is absent) and checks that every file
 * and manifest row is accounted for, at least 97% are indexed, and the index's per-country document counts equal
 * those of the indexed files. Prints throughput figures.
 */
public class RealCorpusIT {

    @TempDir
    Path tmp;

    public static Path sharedCorpus() {
        String prop = System.getProperty("shared.dir");
        Path shared = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath().resolve("../../shared");
        return shared.resolve("corpus-real").normalize();
    }

    @Test
    void indexesTheRealCorpusWithEveryFileAccountedFor() throws Exception {
        Path corpus = sharedCorpus();
        assumeTrue(Files.isRegularFile(corpus.resolve("manifest.csv")), "../shared/corpus-real is absent");
        Path index = tmp.resolve("index");
        IngestOptions options = IngestOptions.of(corpus, index).withFull(true);

        long start = System.nanoTime();
        int code = IndexCommand.run(options, new StandardsEnricher(org.policyportal.standards.StandardsRegistry.loadDefault()));
        double secs = (System.nanoTime() - start) / 1e9;
        assertThat(code).isZero();

        Path gen = new IndexLayout(index).current().orElseThrow();
        JsonNode report = new ObjectMapper().readTree(gen.resolve(IndexLayout.REPORT).toFile());
        Map<String, String> status = new HashMap<>();
        Map<String, Integer> clauses = new HashMap<>();
        for (JsonNode f : report.get("files")) {
            assertThat(status.put(f.get("path").asText(), f.get("status").asText()))
                    .as("one entry per file: %s", f.get("path").asText()).isNull();
            clauses.put(f.get("path").asText(), f.get("clauses").asInt());
        }

        // Every file on disk (except the manifest) and every manifest row has an entry.
        Set<String> onDisk = new HashSet<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            walk.filter(Files::isRegularFile).map(p -> corpus.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("manifest.csv")).forEach(onDisk::add);
        }
        assertThat(status.keySet()).containsAll(onDisk);
        Manifest manifest = Manifest.read(corpus.resolve("manifest.csv"));
        Map<String, String> countryOf = new HashMap<>();
        manifest.rows().forEach(r -> countryOf.put(r.path(), r.values().get("country")));
        assertThat(status.keySet()).containsAll(countryOf.keySet());

        long indexed = status.values().stream().filter("indexed"::equals).count();
        assertThat((double) indexed / onDisk.size()).as("share indexed").isGreaterThanOrEqualTo(0.97);

        // Per-country counts in the index equal those of the indexed manifest files.
        Map<String, Long> expected = new HashMap<>();
        status.forEach((path, s) -> {
            if (s.equals("indexed")) {
                expected.merge(countryOf.getOrDefault(path, "unknown"), 1L, Long::sum);
            }
        });
        assertThat(countryCounts(gen)).isEqualTo(expected);

        long totalClauses = clauses.values().stream().mapToLong(Integer::longValue).sum();
        long bytes = sizeOf(corpus);
        System.out.printf("REAL CORPUS: %d files (%d indexed), %.1f MB, %d clauses in %.1f s: %.1f files/s, %.2f MB/s,"
                        + " %.0f clauses/s%n", onDisk.size(), indexed, bytes / 1e6, totalClauses, secs,
                onDisk.size() / secs, bytes / 1e6 / secs, totalClauses / secs);
    }

    private static Map<String, Long> countryCounts(Path gen) throws IOException {
        IndexSchema schema = new IndexSchema();
        try (var dir = FSDirectory.open(gen); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetsCollector fc = searcher.search(IndexSchema.parentsQuery(), new FacetsCollectorManager());
            var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsField(true),
                    schema.facetsConfig(true));
            FacetResult r = new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(1000, IndexSchema.DIM_COUNTRY);
            Map<String, Long> out = new HashMap<>();
            for (LabelAndValue lv : r.labelValues) {
                out.put(lv.label, lv.value.longValue());
            }
            return out;
        }
    }

    private static long sizeOf(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
