package org.policyportal.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tika's detector, except for a document whose type the {@link Extractor} has already detected and put in its
 * metadata under {@link #KNOWN_TYPE}: that type is the answer, so the parse does not detect it a second time.
 *
 * <p>Why: the extractor detects every file's type to route it, then handed the file to {@code AutoDetectParser},
 * which detected it again from the same bytes and name (magic rules over the first bytes, and for office files a
 * look into the zip): a second detection for every PDF and office file (JFR of a corpus-real build: 59 of 5,193
 * samples of the extraction worker). Embedded documents get metadata of their own, without the key, and are
 * detected as before.
 *
 * <p>Thread-safe when the wrapped detector is (Tika's are).
 */
final class KnownTypeDetector implements Detector {

    /** The metadata key under which the extractor passes the type it detected. */
    static final String KNOWN_TYPE = "X-Portal-Detected-Type";

    private final Detector detector;

    KnownTypeDetector(Detector detector) {
        this.detector = detector;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String known = metadata.get(KNOWN_TYPE);
        MediaType type = known == null ? null : MediaType.parse(known);
        return type != null ? type : detector.detect(input, metadata);
    }
}
