package org.policyportal.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.policyportal.index.Analyzers;
import org.policyportal.index.IndexSchema;

/**
 * Spelling corrections for queries without results. A plain word that occurs in no text field (under any
 * language's analysis) is replaced by the closest term of the unstemmed fields (title, heading, issuing body,
 * {@code body_other}), where index terms are real words; the corrected query is offered only if it has hits.
 *
 * Bounded: words longer than {@value #MAX_WORD_LENGTH} characters are left alone and at most
 * {@value #MAX_LOOKUPS} words are looked up.
 *
 * <p>Thread-safe: a new {@link DirectSpellChecker} per call (it is cheap and carries mutable settings).
 */
final class DidYouMean {

    private static final List<String> DICTIONARY_FIELDS = List.of(IndexSchema.TITLE, IndexSchema.HEADING,
            IndexSchema.ISSUING_BODY_TEXT, IndexSchema.BODY_PREFIX + "other");

    /** Longer "words" are not misspellings, and their edit-distance automata are costly to build. */
    static final int MAX_WORD_LENGTH = 40;
    /** At most this many unknown words are looked up per query. */
    static final int MAX_LOOKUPS = 8;

    private final Analyzers analyzers;

    DidYouMean(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** @param hits counts the hits of a corrected query string under the same filters */
    Optional<String> correct(IndexReader reader, ParsedQuery pq, ToLongFunction<String> hits) throws IOException {
        String corrected = pq.text();
        boolean changed = false;
        int lookups = 0;
        for (String word : pq.terms()) {
            if (word.length() > MAX_WORD_LENGTH || known(reader, word)) {
                continue;
            }
            if (++lookups > MAX_LOOKUPS) {
                break;
            }
            Optional<String> fix = closest(reader, word);
            if (fix.isPresent()) {
                corrected = replaceWord(corrected, word, fix.get());
                changed = true;
            }
        }
        return changed && hits.applyAsLong(corrected) > 0 ? Optional.of(corrected) : Optional.empty();
    }

    private boolean known(IndexReader reader, String word) throws IOException {
        for (String lang : Analyzers.LANGUAGES) {
            String field = IndexSchema.BODY_PREFIX + lang;
            List<String> terms = TextQueries.terms(field, analyzers.forLanguage(lang), word);
            if (terms.isEmpty()) {
                return true; // a stop word: nothing to correct
            }
            if (terms.size() == 1 && reader.docFreq(new Term(field, terms.getFirst())) > 0) {
                return true;
            }
            if (terms.size() > 1) {
                return true; // an identifier such as 52.204-21: never "correct" it
            }
        }
        return false;
    }

    private Optional<String> closest(IndexReader reader, String word) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        String folded = FieldQueries.fold(word);
        SuggestWord best = null;
        for (String field : DICTIONARY_FIELDS) {
            for (SuggestWord s : checker.suggestSimilar(new Term(field, folded), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                if (best == null || s.score > best.score || (s.score == best.score && s.freq > best.freq)) {
                    best = s;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.string);
    }

    private static String replaceWord(String query, String word, String replacement) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(query).replaceFirst(Matcher.quoteReplacement(replacement.toLowerCase(Locale.ROOT)));
    }
}
