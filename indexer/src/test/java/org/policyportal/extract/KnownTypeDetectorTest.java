package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/** A type the extractor passes is the answer, unread; without one the wrapped detector decides. */
class KnownTypeDetectorTest {

    private final KnownTypeDetector detector =
            new KnownTypeDetector((in, metadata) -> MediaType.parse("application/x-wrapped"));

    @Test
    void aPassedTypeIsTheAnswerWithoutReading() throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(KnownTypeDetector.KNOWN_TYPE, "application/pdf");
        InputStream unreadable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read");
            }
        };
        assertThat(detector.detect(unreadable, metadata)).isEqualTo(MediaType.application("pdf"));
    }

    @Test
    void withoutOneTheWrappedDetectorDecides() throws Exception {
        assertThat(detector.detect(new ByteArrayInputStream(new byte[] {1}), new Metadata()))
                .isEqualTo(MediaType.parse("application/x-wrapped"));
        Metadata unparsable = new Metadata();
        unparsable.set(KnownTypeDetector.KNOWN_TYPE, "not a type");
        assertThat(detector.detect(new ByteArrayInputStream(new byte[] {1}), unparsable))
                .isEqualTo(MediaType.parse("application/x-wrapped"));
    }

    @Test
    void thePolicysParserUsesIt() {
        assertThat(TikaPolicy.defaults().parser().getDetector()).isInstanceOf(KnownTypeDetector.class);
    }
}
