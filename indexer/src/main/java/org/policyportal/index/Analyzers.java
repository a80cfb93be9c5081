package org.policyportal.index;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Text analysis per language. Every chain tokenizes with Unicode word rules (so {@code 52.204-21},
 * {@code ISO/IEC 27001:2022} and {@code SP 800-171} become adjacent tokens that a phrase finds exactly as
 * written), applies the language's stop words and stemmer, and ends with ICU folding so that accents and
 * case never decide a match ({@code sécurité} finds {@code securite}). Stemming precedes folding because the
 * stemmers expect accented input.
 *
 * <p>Thread-safe: analyzers are immutable and reuse per-thread token streams.
 */
public final class Analyzers {

    /** Languages with their own analysis chain; {@code other} only folds. Order is the field order. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "de", "fr", "es", "other");
    static final String PAIR_SEPARATOR = " ";

    private final Map<String, Analyzer> byLanguage;
    private final Analyzer folding;
    private final Analyzer perField;

    public Analyzers() {
        Map<String, Analyzer> map = new HashMap<>();
        map.put("en", chain(ts -> new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(ts),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))));
        map.put("nl", chain(ts -> new SnowballFilter(new StopFilter(ts, DutchAnalyzer.getDefaultStopSet()),
                new DutchStemmer())));
        map.put("de", chain(ts -> new GermanLightStemFilter(new GermanNormalizationFilter(
                new StopFilter(ts, GermanAnalyzer.getDefaultStopSet())))));
        map.put("fr", chain(ts -> new FrenchLightStemFilter(new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet())),
                true));
        map.put("es", chain(ts -> new SpanishLightStemFilter(new StopFilter(ts, SpanishAnalyzer.getDefaultStopSet()))));
        folding = chain(ts -> ts);
        map.put("other", folding);
        byLanguage = Map.copyOf(map);

        Map<String, Analyzer> fields = new HashMap<>();
        byLanguage.forEach((lang, analyzer) -> {
            fields.put(IndexSchema.BODY_PREFIX + lang, analyzer);
            fields.put(IndexSchema.DOC_TEXT_PREFIX + lang, analyzer);
        });
        perField = new PerFieldAnalyzerWrapper(folding, fields);
    }

    /**
     * The term of the {@link IndexSchema#DOC_PAIRS_PREFIX word-pair fields} for two adjacent words, each as the
     * language's chain makes it ({@link AnalysedText#pairs}). Words with a gap between them (a stop word was
     * dropped) make no pair term.
     */
    public static String pairTerm(String first, String second) {
        return first + PAIR_SEPARATOR + second;
    }

    /** Maps an ISO 639-1 code to the analysis language used for it ({@code other} when none). */
    public static String analyzedLanguage(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(lang) && !lang.equals("other") ? lang : "other";
    }

    /** The analyzer of one analysis language ({@link #LANGUAGES}). */
    public Analyzer forLanguage(String analysisLanguage) {
        Analyzer a = byLanguage.get(analysisLanguage);
        if (a == null) {
            throw new IllegalArgumentException("no analyzer for " + analysisLanguage);
        }
        return a;
    }

    /** Folding only: titles, headings, issuing bodies and text in languages without a stemmer. */
    public Analyzer folding() {
        return folding;
    }

    /** Field-aware analyzer for {@code IndexWriterConfig}. */
    public Analyzer perField() {
        return perField;
    }

    private static Analyzer chain(Function<TokenStream, TokenStream> languageFilters) {
        return chain(languageFilters, false);
    }

    private static Analyzer chain(Function<TokenStream, TokenStream> languageFilters, boolean elision) {
        CharArraySet articles = FrenchAnalyzer.DEFAULT_ARTICLES;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = elision ? new ElisionFilter(source, articles) : source;
                ts = new LowerCaseFilter(ts);
                ts = languageFilters.apply(ts);
                return new TokenStreamComponents(source, new ICUFoldingFilter(ts));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
