package org.policyportal.standards;

import java.util.Locale;
import java.util.Set;

/**
 * Decides {@link Strength} from the words of the sentence around a mention (en, nl, de, fr, es).
 *
 * <p>Rules: a mandatory cue anywhere in the sentence gives {@link Strength#REQUIRED} (negations included:
 * "shall not use SSL" requires something about SSL); otherwise an advisory cue gives
 * {@link Strength#RECOMMENDED}; otherwise {@link Strength#MENTIONED}. The Dutch advisory phrase
 * "zou/zouden moeten" is advisory even though "moeten" alone is mandatory.
 * Works on lower-cased word tokens and hash lookups, so it is cheap. Stateless and thread-safe.
 */
final class StrengthCues {

    static final StrengthCues INSTANCE = new StrengthCues();

    private static final Set<String> REQUIRED_WORDS = Set.of(
            "shall", "must", "mandatory", "obligatory", "required", "require", "requires", "obliged",
            "verplicht", "verplichte", "verplichting", "verplichtingen", "verplichten", "moet", "moeten", "dient",
            "dienen", "vereist", "vereiste",
            "muss", "müssen", "verpflichtet", "verpflichtend", "verpflichtende", "zwingend", "erforderlich",
            "vorgeschrieben", "pflicht",
            "doit", "doivent", "devra", "devront", "obligatoire", "obligatoires", "exigé", "exigée", "exigés",
            "exigées", "impérativement",
            "deberá", "deberán", "debe", "deben", "obligatorio", "obligatoria", "obligatorios", "obligatorias",
            "requerido", "requerida", "requeridos", "requeridas", "exige", "exigirá", "exigido", "exigida");

    private static final Set<String> RECOMMENDED_WORDS = Set.of(
            "should", "recommended", "recommend", "recommends", "recommendation", "advisable",
            "aanbevolen", "aanbeveling", "aangeraden", "geadviseerd",
            "sollte", "sollten", "empfohlen", "empfiehlt", "empfehlenswert",
            "devrait", "devraient", "recommandé", "recommandée", "recommandés", "recommandées", "recommande",
            "conseillé", "conseillée", "conseillés", "conseillées",
            "debería", "deberían", "recomendado", "recomendada", "recomendados", "recomendadas", "recomienda",
            "aconseja", "aconsejable");

    /** Two-word advisory cues. */
    private static final Set<String> RECOMMENDED_BIGRAMS = Set.of(
            "is encouraged", "are encouraged", "encouraged to", "may consider", "is advised", "are advised",
            "best practice", "best practices", "zou moeten", "zouden moeten", "zou moet");

    private static final Set<String> REQUIRED_BIGRAMS = Set.of(
            "has to", "have to", "est tenu", "est tenue", "sont tenus", "sont tenues", "ist verpflichtet");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "rev", "e.g", "eg", "i.e", "ie", "no", "nr", "art", "arts", "sec", "vs", "cf", "approx", "z.b", "bzw",
            "d.h", "ca", "incl", "fig", "para", "ref", "vgl", "par", "mr", "dr", "st", "u.s", "e.o", "p", "pp",
            "vol", "ed", "inc", "ltd", "co", "al", "resp", "min", "max", "cap", "ch", "subpart", "pub");

    /** Per-clause memo of the last sentence evaluated (mentions come in clusters). */
    static final class SentenceCache {
        int start = -1;
        int end = -1;
        Strength strength;
    }

    Strength strengthAt(String text, int mentionStart, int mentionEnd, SentenceCache cache) {
        int s = sentenceStart(text, mentionStart);
        int e = sentenceEnd(text, mentionEnd);
        if (cache != null && cache.start == s && cache.end == e) {
            return cache.strength;
        }
        Strength st = classify(text, s, e);
        if (cache != null) {
            cache.start = s;
            cache.end = e;
            cache.strength = st;
        }
        return st;
    }

    /** Strength of a whole sentence (exposed for tests). */
    Strength classify(String sentence) {
        return classify(sentence, 0, sentence.length());
    }

    private Strength classify(String text, int s, int e) {
        boolean recommended = false;
        String prev = null;
        int i = s;
        while (i < e) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < e && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            i = j;
            if (prev != null) {
                String bigram = prev + " " + w;
                if (RECOMMENDED_BIGRAMS.contains(bigram)) {
                    recommended = true;
                    prev = null; // "zou moeten": the 'moeten' is consumed as advisory
                    continue;
                }
                if (REQUIRED_BIGRAMS.contains(bigram)) {
                    return Strength.REQUIRED;
                }
            }
            if (REQUIRED_WORDS.contains(w) || w.startsWith("verplicht")) {
                return Strength.REQUIRED;
            }
            if (RECOMMENDED_WORDS.contains(w)) {
                recommended = true;
            }
            prev = w;
        }
        return recommended ? Strength.RECOMMENDED : Strength.MENTIONED;
    }

    static int sentenceStart(String text, int from) {
        for (int i = from - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i - 1) == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c) && isTerminator(text, i - 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int from) {
        int n = text.length();
        for (int i = from; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i + 1) == '\n') {
                return i;
            }
            if (Character.isWhitespace(text.charAt(i + 1)) && isTerminator(text, i)) {
                return i + 1;
            }
        }
        return n;
    }

    /** True if the char at {@code i} ends a sentence ('.', '!' or '?', but not after an abbreviation). */
    private static boolean isTerminator(String text, int i) {
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
            j--;
        }
        String word = text.substring(j + 1, i);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // initial such as "J." or "U."
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
