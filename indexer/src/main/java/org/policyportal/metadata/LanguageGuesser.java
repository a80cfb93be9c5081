package org.policyportal.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects a text's language: from its function words when they make it clear ({@link FunctionWords}), otherwise with
 * Tika's OpenNLP detector, whose model is loaded on first use only. Its 3.3.1 jar has no service entry, so the
 * detector is created and its models loaded explicitly.
 *
 * <p>Thread-safe: the detector keeps per-text state, so each thread has its own.
 */
public final class LanguageGuesser {

    private static final int SAMPLE_CHARS = 20_000;
    /** How far the best language's score must lead the second's (gibberish leads by ~1.05, prose by 1.5+). */
    private static final float CLEAR_LEAD = 1.4f;
    private final ThreadLocal<OpenNLPDetector> detectors = ThreadLocal.withInitial(LanguageGuesser::load);

    /** The ISO 639-1 code of the text's language when the detector is reasonably certain. */
    public Optional<String> guess(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<String> clear = FunctionWords.clearLanguage(sample);
        if (clear.isPresent()) {
            return clear;
        }
        OpenNLPDetector detector = detectors.get();
        detector.reset();
        detector.addText(sample.toCharArray(), 0, sample.length());
        List<LanguageResult> results = detector.detectAll();
        // isUnknown() means confidence NONE, which OpenNLP reports for nearly every text: test the language.
        if (results.isEmpty() || results.get(0).getLanguage() == null || results.get(0).getLanguage().isEmpty()) {
            return Optional.empty();
        }
        LanguageResult best = results.get(0);
        // OpenNLP spreads its raw scores over 100+ languages (a clear Dutch paragraph scores ~0.05), so an
        // absolute threshold rejects nearly everything: accept a clear winner, well ahead of the runner-up.
        float runnerUp = results.size() > 1 ? results.get(1).getRawScore() : 0f;
        if (!best.isReasonablyCertain() && best.getRawScore() < CLEAR_LEAD * runnerUp) {
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
