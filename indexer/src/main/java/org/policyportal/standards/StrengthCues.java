package org.policyportal.standards;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides {@link Strength} from the words of the sentence around a mention (en, nl, de, fr, es).
 *
 * <p>Rules: a mandatory cue anywhere in the sentence gives {@link Strength#REQUIRED} (negations included:
 * "shall not use SSL" requires something about SSL); otherwise an advisory cue gives
 * {@link Strength#RECOMMENDED}; otherwise {@link Strength#MENTIONED}. Advisory phrases that contain a
 * mandatory word ("zou moeten") are removed before the mandatory cues are checked. Stateless and thread-safe.
 */
final class StrengthCues {

    static final StrengthCues INSTANCE = new StrengthCues();

    private static final String L = "(?<![\\p{L}])";
    private static final String R = "(?![\\p{L}])";

    private static final Pattern RECOMMENDED = Pattern.compile(L + "(?:"
            + "should|is encouraged|are encouraged|encouraged to|recommended|recommends?|recommendation|may consider|is advised|are advised|advisable|best practice"
            + "|aanbevolen|aanbeveling|zou moeten|zouden moeten|wordt aangeraden|aangeraden|geadviseerd"
            + "|sollte|sollten|empfohlen|empfiehlt|empfehlenswert"
            + "|devrait|devraient|recommandée?s?|recommande|conseillée?s?"
            + "|debería|deberían|recomendad[oa]s?|se recomienda|recomienda|aconseja|aconsejable"
            + ")" + R, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern REQUIRED = Pattern.compile(L + "(?:"
            + "shall|must|mandatory|obligatory|required|requires?|has to|have to|obliged"
            + "|verplicht\\p{L}*|moet|moeten|dient|dienen|vereist"
            + "|muss|müssen|verpflichtet|verpflichtend|zwingend|erforderlich|vorgeschrieben"
            + "|doit|doivent|devra|devront|obligatoires?|est tenue?|sont tenue?s|exigée?s?|impérativement"
            + "|deberá|deberán|debe|deben|obligatori[oa]s?|requerid[oa]s?|exige|exigirá|exigid[oa]s?"
            + ")" + R, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        String sentence = text.substring(s, e);
        Matcher rec = RECOMMENDED.matcher(sentence);
        boolean recommended = false;
        StringBuilder masked = null;
        while (rec.find()) {
            recommended = true;
            if (masked == null) {
                masked = new StringBuilder(sentence);
            }
            for (int i = rec.start(); i < rec.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        CharSequence forRequired = masked == null ? sentence : masked;
        if (REQUIRED.matcher(forRequired).find()) {
            return Strength.REQUIRED;
        }
        return recommended ? Strength.RECOMMENDED : Strength.MENTIONED;
    }

    static int sentenceStart(String text, int from) {
        for (int i = from - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
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
