package org.policyportal.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects a text's language with Tika's OpenNLP detector. Its 3.3.1 jar has no service entry, so the
 * detector is created and its models loaded explicitly.
 *
 * <p>Thread-safe: the detector keeps per-text state, so each thread has its own.
 */
public final class LanguageGuesser {

    private static final int SAMPLE_CHARS = 20_000;
    private final ThreadLocal<OpenNLPDetector> detectors = ThreadLocal.withInitial(LanguageGuesser::load);

    /** The ISO 639-1 code of the text's language when the detector is reasonably certain. */
    public Optional<String> guess(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        OpenNLPDetector detector = detectors.get();
        detector.reset();
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        detector.addText(sample.toCharArray(), 0, sample.length());
        List<LanguageResult> results = detector.detectAll();
        if (results.isEmpty() || results.get(0).isUnknown()) {
            return Optional.empty();
        }
        LanguageResult best = results.get(0);
        // Short texts give weak scores; accept a clear winner even when Tika calls it uncertain.
        if (!best.isReasonablyCertain() && best.getRawScore() < 0.5f) {
            return Optional.empty();
        }
        return Languages.normalise(best.getLanguage());
    }

    private static OpenNLPDetector load() {
        OpenNLPDetector d = new OpenNLPDetector();
        try {
            d.loadModels();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language models from the classpath", e);
        }
        return d;
    }
}
