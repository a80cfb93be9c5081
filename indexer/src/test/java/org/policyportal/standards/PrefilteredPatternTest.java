package org.policyportal.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PrefilteredPattern} must report exactly the matches of {@link Matcher#find()}: checked on random texts made
 * of keyword fragments, separators and the characters where case folding and surrogates are tricky.
 */
class PrefilteredPatternTest {

    private static final String[] WORDS = {"security", "SECURITY", "social", "deposit", "bid", "mfa", "MFA", "Mfa",
        "2FA", "cyber", "attack", "data", "breach", "sécurité", "SÉCURITÉ", "santé", "et", "de", "la", "&", "health",
        "safety", "securities", "incidental", "incidents", "Sicherheit", "Arbeitssicherheit", "sozialversicherung",
        "zekerheid", "informatiebeveiliging", "seguridad", "vial", "zero", "trust", "least", "privilege", "access",
        "controls", "multi", "factor", "logiciels", "malveillants", "internet", "web", "sites", "information",
        "systems", "IT", "ICT", "ICT-beleid", "it", "IP", "address", "en", "ligne", "línea", "sistemas", "de",
        "información", "d’information", "systèmes", "IT-Sicherheit", "données", "e-mail", "APIs", "ſecurity",
        "ınternet", "İNTERNET", "\u212Aey", "µ", "Σ", "threats", "sécurisé", "Verschlüsselung", "cloud"};
    private static final String[] GAPS = {" ", " ", "  ", "\n", "\t", "\u00a0", "-", ".", ", ", "'", "", "", "(",
        "/", "_", "1", "\u0301", "\uD835\uDC00", "\uDC00", "\uD800", "é", "x", "\r\n"};

    static List<String> randomTexts(long seed, int count) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(10); k > 0; k--) {
                String w = WORDS[r.nextInt(WORDS.length)];
                if (r.nextInt(8) == 0) {
                    w = w.substring(r.nextInt(w.length()));
                }
                if (r.nextInt(10) == 0) {
                    w = w.toUpperCase(Locale.ROOT);
                }
                sb.append(w).append(GAPS[r.nextInt(GAPS.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static List<PrefilteredPattern> productionPatterns() {
        List<PrefilteredPattern> all = new ArrayList<>(SecurityClassifier.patterns());
        all.addAll(DigitalFocus.patterns());
        return all;
    }

    @Test
    void reportsTheMatchesOfFindOnProductionPatterns() {
        List<String> texts = randomTexts(7, 10_000);
        for (PrefilteredPattern p : productionPatterns()) {
            for (String text : texts) {
                assertThat(matches(p, text)).as("%s on %s", p.pattern(), text).isEqualTo(findAll(p.pattern(), text));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab|c", "(?i)ſt|x", "xy?", "\\d+", "(?<!a)bc", "(?<![\\p{L}])(?:it|ict)(?![\\p{L}])",
        "^sec", "y$", "(?iu)s\\s*&"})
    void reportsTheMatchesOfFindOnOtherPatterns(String regex) {
        PrefilteredPattern p = new PrefilteredPattern(Pattern.compile(regex));
        for (String text : randomTexts(11, 5_000)) {
            assertThat(matches(p, text)).as("%s on %s", regex, text).isEqualTo(findAll(p.pattern(), text));
        }
        assertThat(matches(p, "")).isEqualTo(findAll(p.pattern(), ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?<=a)b", "\\bword", "\\Bx", "\\Gx", ".x", "[^a]", "x?"})
    void refusesPatternsWhoseStartDependsOnEarlierText(String regex) {
        assertThatThrownBy(() -> new PrefilteredPattern(Pattern.compile(regex)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> matches(PrefilteredPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = null;
        int from = 0;
        while (from <= text.length() && (m = p.next(text, m, from)) != null) {
            out.add(m.start() + "-" + m.end());
            from = m.end() == m.start() ? m.end() + 1 : m.end();
        }
        assertThat(p.find(text)).isEqualTo(!out.isEmpty());
        return out;
    }

    private static List<String> findAll(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}
