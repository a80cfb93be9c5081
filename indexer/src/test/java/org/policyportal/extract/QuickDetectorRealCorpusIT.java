package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.policyportal.ingest.RealCorpusIT;

/**
 * Every answer {@link QuickDetector} gives on the real corpus (skipped when {@code ../shared} is absent) is the
 * type Tika's own detector gives, and the quick path answers for most HTML and Markdown files (else it saves
 * nothing).
 */
class QuickDetectorRealCorpusIT {

    @Test
    void quickAnswersEqualTikaOnTheRealCorpus() throws IOException {
        Path corpus = RealCorpusIT.sharedCorpus();
        assumeTrue(Files.isRegularFile(corpus.resolve("manifest.csv")), "../shared/corpus-real is absent");
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        QuickDetector quick = new QuickDetector();
        List<String> differing = new ArrayList<>();
        int htmlOrMarkdown = 0;
        int answered = 0;
        for (Path f : files) {
            byte[] head;
            try (InputStream in = Files.newInputStream(f)) {
                head = in.readNBytes(QuickDetector.HEAD_BYTES);
            }
            String name = f.getFileName().toString();
            MediaType q = quick.detect(name, head);
            if (name.endsWith(".html") || name.endsWith(".md")) {
                htmlOrMarkdown++;
            }
            if (q != null) {
                answered++;
                MediaType tika = QuickDetectorTest.tika(name, Files.readAllBytes(f));
                if (!q.equals(tika)) {
                    differing.add(corpus.relativize(f) + ": quick " + q + ", Tika " + tika);
                }
            }
        }
        assertThat(differing).isEmpty();
        assertThat(answered).as("files answered quickly of %d HTML and Markdown", htmlOrMarkdown)
                .isGreaterThan(htmlOrMarkdown / 2);
    }
}
