package org.policyportal.metadata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the language of a text from its function words, when that is clear, without a statistical model.
 *
 * <p>Why: {@link LanguageGuesser}'s OpenNLP model is 23 MB and takes over a second of CPU to load, which an indexing
 * run paid for the first file without a given language (in corpus-real, its one README). Prose in one of the
 * portal's analysed languages (English, Dutch, German, French, Spanish) is told apart by its commonest words.
 *
 * <p>Each language below has a list of frequent function words. A word counts for a language only when no other
 * listed language has it ("de" is Dutch, French and Spanish, so it counts for none). Neighbours of the five
 * languages and others seen in policy corpora (Afrikaans, Catalan, Italian, Portuguese, Danish, Swedish, Estonian,
 * Indonesian, Polish) are listed only so that their text is not taken for one of the five. The answer is one of
 * the five when its words are frequent and far ahead of every other list's; otherwise empty, and the caller asks
 * the model.
 *
 * <p>Stateless and thread-safe.
 */
final class FunctionWords {

    /** Analysed languages: the only answers. */
    private static final Set<String> ANSWERS = Set.of("en", "nl", "de", "fr", "es");
    /** Below this many words a text is too short to judge by counting. */
    private static final int MIN_WORDS = 40;
    /** The answer's distinctive words must be at least this share of all words. */
    private static final double MIN_SHARE = 0.08;
    /** ... and this many times as many as any other language's. */
    private static final int MIN_LEAD = 4;

    private static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("en", "the of and to in is that for be with as by this are or on which shall it not from have"
                    + " an will its their such any where been has"),
            Map.entry("nl", "de het een van en is dat voor met op zijn worden wordt niet aan bij deze ook naar door"
                    + " of te om kan dit die moet hun"),
            Map.entry("de", "der die und das von zu mit den ist im nicht für auf werden des dem ein eine sich wird"
                    + " oder bei auch sind nach zur"),
            Map.entry("fr", "le la les de des et du en un une est pour dans que qui par sur au aux ne pas sont être"
                    + " ou cette ces son leur"),
            Map.entry("es", "el la los las de del y en que por con para un una es se al lo como su sus no o más"
                    + " este esta entre"),
            Map.entry("af", "die van en is het nie in te wat om vir op met word sal hierdie ook aan deur kan dit moet"
                    + " by"),
            Map.entry("ca", "el la els les de del i que en per amb un una és dels al no es als seu són més"),
            Map.entry("it", "il di che e la per un una del della non sono con si le dei nel alla gli è da al"),
            Map.entry("pt", "o a os as de do da dos das que em um uma para com não por no na ao é se mais"),
            Map.entry("da", "og i at er det en til af for den med på de som ikke der et har kan skal vil"),
            Map.entry("sv", "och i att det som en på är av för med till den har de inte om ett ska kan"),
            Map.entry("et", "ja on ei et see kui ka mis või oma selle mille kes seda ning nagu aga peab tema"),
            Map.entry("id", "yang dan di ini dengan untuk dalam tidak akan pada dari atau adalah oleh"),
            Map.entry("pl", "się jest że w z oraz dla lub przez być są tego które"));

    /** Each word that only one list has, and that list's language. */
    private static final Map<String, String> DISTINCTIVE = distinctive();

    private FunctionWords() {
    }

    /** The language of {@code text} when its function words make it clear; empty otherwise. */
    static Optional<String> clearLanguage(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                String language = DISTINCTIVE.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (language != null) {
                    hits.merge(language, 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        boolean clear = best != null && ANSWERS.contains(best) && first >= MIN_SHARE * words
                && first >= MIN_LEAD * second;
        return clear ? Optional.of(best) : Optional.empty();
    }

    private static Map<String, String> distinctive() {
        Map<String, String> owner = new HashMap<>();
        Set<String> shared = new HashSet<>();
        LISTS.forEach((language, list) -> {
            for (String w : list.split(" ")) {
                String previous = owner.putIfAbsent(w, language);
                if (previous != null && !previous.equals(language)) {
                    shared.add(w);
                }
            }
        });
        owner.keySet().removeAll(shared);
        return Map.copyOf(owner);
    }
}
