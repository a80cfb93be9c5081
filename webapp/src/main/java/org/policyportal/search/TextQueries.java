package org.policyportal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BytesRef;
import org.policyportal.index.Analyzers;
import org.policyportal.index.IndexSchema;

/**
 * Builds the Lucene query of one free-text word, phrase or prefix: a disjunction over the {@link Scope}'s text
 * field of every language (each analysed with its own language analyzer), plus {@code title} (boost
 * {@value #TITLE_BOOST}; for clauses, their document's title through a block join) and {@code heading} (boost
 * {@value #HEADING_BOOST}) analysed with the folding analyzer where the scope has them. Text that analyses to
 * several tokens (a phrase, or an identifier such as {@code 52.204-21}) becomes a phrase query per field, so
 * identifiers are found as written; in whole documents that phrase filters and its words rank (see {@link #phrase}).
 *
 * <p>Thread-safe: the analyzers and the cache of analysed words are.
 */
final class TextQueries {

    static final float TITLE_BOOST = 3f;
    static final float HEADING_BOOST = 1.5f;
    /** Terms one prefix may expand to per field; with 8 fields a prefix expands to at most 128 terms. */
    static final int PREFIX_EXPANSIONS_PER_FIELD = 16;
    /**
     * Longest phrase (in tokens) that ranks by its words. The words double the phrase's leaf clauses, and a pasted
     * sentence of 70-80 words would then pass the clause budget that it fits as a plain phrase; so many required
     * words leave few candidates, where exact phrase scoring costs little anyway.
     */
    static final int MAX_WORD_RANKED_PHRASE = 8;

    /**
     * Which fields a text query covers: documents match their whole text ({@code text_<lang>}) and title;
     * clauses their own text ({@code body_<lang>}), headings and their document's title (joined down from the
     * parent); snippets are chosen on clause text and headings alone.
     */
    enum Scope {
        DOCUMENTS(IndexSchema.DOC_TEXT_PREFIX, false, Title.OWN, true, null),
        /** As {@link #DOCUMENTS}, on an index with word pairs ({@link IndexSchema#DOC_PAIRS_PREFIX}). */
        PAIRED_DOCUMENTS(IndexSchema.DOC_TEXT_PREFIX, false, Title.OWN, true, IndexSchema.DOC_PAIRS_PREFIX),
        CLAUSES(IndexSchema.BODY_PREFIX, true, Title.PARENTS, false, null),
        SNIPPETS(IndexSchema.BODY_PREFIX, true, Title.NONE, false, null);

        private final String prefix;
        private final boolean heading;
        private final Title title;
        /** Whether a phrase ranks by its words and only filters on their order; see {@link #phrase}. */
        private final boolean rankPhrasesByWords;
        /** Prefix of the word-pair fields beside the text fields, null for none. */
        private final String pairs;

        Scope(String prefix, boolean heading, Title title, boolean rankPhrasesByWords, String pairs) {
            this.prefix = prefix;
            this.heading = heading;
            this.title = title;
            this.rankPhrasesByWords = rankPhrasesByWords;
            this.pairs = pairs;
        }

        /** The scope of a document search: with word pairs when the index has them. */
        static Scope documents(boolean wordPairs) {
            return wordPairs ? PAIRED_DOCUMENTS : DOCUMENTS;
        }
    }

    /** Distinct (field, analyzer, text) analyses kept; a few hundred bytes each. */
    static final int ANALYSED_KEPT = 20_000;

    private final Analyzers analyzers;
    /**
     * Analysed words: a query analyses each word with six language chains for the search, again for the stop-word
     * check and for snippets (JFR, corpus-real: 3.3 % of search CPU), and the same words recur across queries.
     */
    private final Cache<AnalysisKey, List<Token>> analysed = Caffeine.newBuilder().maximumSize(ANALYSED_KEPT).build();

    TextQueries(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * How a scope reaches {@link IndexSchema#TITLE}, which only parents hold. Clauses match their document's title
     * through a block join: indexing the title again on every clause had made 2.2 of corpus-real's 14.8 million
     * postings.
     */
    private enum Title { OWN, PARENTS, NONE }

    /**
     * The text over the scope's fields; null when every analyzer drops it (a stop word in every language).
     *
     * @param parents the index's parent filter, for joining the title down to clauses
     */
    Query text(String text, Scope scope, BitSetProducer parents) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = 0;
        for (String lang : Analyzers.LANGUAGES) {
            added += add(b, cachedQuery(scope.prefix + lang, analyzers.forLanguage(lang), text, scope,
                    scope.pairs == null ? null : scope.pairs + lang), 1f);
        }
        if (scope.heading) {
            added += add(b, cachedQuery(IndexSchema.HEADING, analyzers.folding(), text, scope, null), HEADING_BOOST);
        }
        if (scope.title != Title.NONE) {
            Query title = cachedQuery(IndexSchema.TITLE, analyzers.folding(), text, scope, null);
            added += add(b, onTitle(title, scope, parents), TITLE_BOOST);
        }
        return added == 0 ? null : b.build();
    }

    /**
     * Bounded prefix expansion over the same fields as {@link #text}. The prefix is folded, not stemmed, so the
     * analysed word itself is added too: {@code leveranciers*} must still find the stem {@code leverancier}.
     */
    Query prefix(String prefix, Scope scope, BitSetProducer parents) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, text(prefix, scope, parents), 1f);
        for (String lang : Analyzers.LANGUAGES) {
            add(b, prefixQuery(scope.prefix + lang, analyzers.forLanguage(lang), prefix), 1f);
        }
        if (scope.heading) {
            add(b, prefixQuery(IndexSchema.HEADING, analyzers.folding(), prefix), HEADING_BOOST);
        }
        if (scope.title != Title.NONE) {
            add(b, onTitle(prefixQuery(IndexSchema.TITLE, analyzers.folding(), prefix), scope, parents),
                    TITLE_BOOST);
        }
        return b.build();
    }

    /** {@code title} (a query on parents' titles, or null) as the scope's documents match it. */
    private static Query onTitle(Query title, Scope scope, BitSetProducer parents) {
        return title == null || scope.title == Title.OWN ? title : new ParentScoredClausesQuery(title, parents);
    }

    /** True when some language drops the whole text (a stop word there): such a word must not be required. */
    boolean stopWordSomewhere(String text) {
        return Analyzers.LANGUAGES.stream()
                .anyMatch(l -> cachedTokens(IndexSchema.BODY_PREFIX + l, analyzers.forLanguage(l), text).isEmpty());
    }

    /** @param pairs the word-pair field beside {@code field}, null for none */
    private Query cachedQuery(String field, Analyzer analyzer, String text, Scope scope, String pairs) {
        List<Token> tokens = cachedTokens(field, analyzer, text);
        return scope.rankPhrasesByWords && tokens.size() > 1 && tokens.size() <= MAX_WORD_RANKED_PHRASE
                ? phrase(field, tokens, pairs) : query(field, tokens);
    }

    /**
     * A phrase that must match in order but ranks by its words: each word is a required scoring clause and the
     * phrase a non-scoring filter. Scoring a phrase query counts every occurrence of the phrase in each
     * candidate, which reads all positions of its words there (a parent carries a whole policy, often hundreds
     * of positions per word: at 100,000 documents the top-10 search of a phrase cost 3.6-8 ms against 0.8-4.5 ms
     * for other queries); a filter stops at the first occurrence, and only in candidates that the words' score
     * bounds (block-max) leave competitive. Clauses are short, so they keep exact phrase scoring (measured: no
     * gain there); snippets keep the plain phrase, so only its occurrences are marked.
     *
     * <p>With a word-pair field ({@code pairs} non-null) each two adjacent words of the phrase also filter as one
     * pair term. A policy holds the pair exactly when it holds the two words in that order, side by side, so for
     * two words the pair replaces the phrase filter and no position is read; for more words the pairs narrow the
     * candidates and the phrase still checks the whole order. Filters do not score, so ranking is unchanged.
     */
    private static Query phrase(String field, List<Token> tokens, String pairs) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (Token t : tokens) {
            if (seen.add(t.term())) {
                b.add(new TermQuery(new Term(field, t.term())), Occur.MUST);
            }
        }
        int pairsAdded = pairs == null ? 0 : addPairs(b, pairs, tokens);
        boolean pairIsThePhrase = tokens.size() == 2 && pairsAdded == 1;
        return pairIsThePhrase ? b.build() : b.add(query(field, tokens), Occur.FILTER).build();
    }

    /** Adds a filter per distinct pair of adjacent, non-empty words; returns how many adjacent pairs there were. */
    private static int addPairs(BooleanQuery.Builder b, String pairs, List<Token> tokens) {
        Set<String> seen = new HashSet<>();
        int adjacent = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token first = tokens.get(i - 1);
            Token second = tokens.get(i);
            // no pair is indexed across a dropped stop word's gap or with an empty word (AnalysedText)
            if (second.position() == first.position() + 1 && !first.term().isEmpty() && !second.term().isEmpty()) {
                adjacent++;
                String pair = Analyzers.pairTerm(first.term(), second.term());
                if (seen.add(pair)) {
                    b.add(new TermQuery(new Term(pairs, pair)), Occur.FILTER);
                }
            }
        }
        return adjacent;
    }

    private List<Token> cachedTokens(String field, Analyzer analyzer, String text) {
        return analysed.get(new AnalysisKey(field, analyzer, text), k -> List.copyOf(tokens(field, analyzer, text)));
    }

    /** A term query for one token, a phrase query for several, null for none. */
    static Query analyzed(String field, Analyzer analyzer, String text) {
        return query(field, tokens(field, analyzer, text));
    }

    private static Query query(String field, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.getFirst().term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token t : tokens) {
            phrase.add(new Term(field, t.term()), t.position());
        }
        return phrase.build();
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    static List<String> terms(String field, Analyzer analyzer, String text) {
        return tokens(field, analyzer, text).stream().map(Token::term).toList();
    }

    private static Query prefixQuery(String field, Analyzer analyzer, String prefix) {
        BytesRef normalized = analyzer.normalize(field, prefix);
        return new PrefixQuery(new Term(field, normalized),
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_EXPANSIONS_PER_FIELD));
    }

    private static int add(BooleanQuery.Builder b, Query q, float boost) {
        if (q == null) {
            return 0;
        }
        b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }

    private record Token(String term, int position) {
    }

    /** Analyzers compare by identity: the chains of one {@link Analyzers} instance. */
    private record AnalysisKey(String field, Analyzer analyzer, String text) {
    }

    private static List<Token> tokens(String field, Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            // analysing a String cannot fail on I/O; surface it rather than search for the wrong thing
            throw new UncheckedIOException("analysis of query text failed", e);
        }
        return out;
    }
}
