package org.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;

/**
 * {@link SearchService} over the published Lucene index generations under one index root.
 *
 * <p>Each call acquires the live generation, works only on it and releases it, so a newly published generation
 * (picked up within the poll interval) never fails a request in flight. Before any index is published, searches
 * return no hits with the notice {@value #NO_INDEX}, {@link #document} and {@link #suggest} return nothing, and
 * {@link #stats()} reports generation {@code "none"}.
 *
 * <p>Every search runs within a {@link QueryBudget}: a query with too many clauses returns no hits with the
 * notice {@link QueryBudget#TOO_COMPLEX}; one that runs out of time returns what was found so far, marked
 * {@link SearchResult#partialResults()}, with the notice {@link QueryBudget#TIMED_OUT}.
 *
 * <p>{@link #search} throws {@link IllegalArgumentException} (user-facing message) for invalid paging, filters
 * or years; I/O failures surface as {@link UncheckedIOException}. Thread-safe.
 */
public final class LuceneSearchService implements SearchService {

    public static final String NO_INDEX = "The search index is not available yet.";
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    /** 32 MiB: roughly 1,500 first pages of document results. */
    public static final long DEFAULT_RESULT_CACHE_BYTES = 32L << 20;

    private final IndexSearchers searchers;
    private final QueryParser parser;
    private final FacetedSearch faceted;
    private final FacetAssembler facetAssembler;
    private final HitAssembler hitAssembler;
    private final DocumentViews documentViews;
    private final DidYouMean didYouMean;
    private final IndexAccess access;
    private final QueryBudget budget;
    private final ResultCache results;
    private final AtomicBoolean backgroundStarted = new AtomicBoolean();
    /** Searches the segments of one request side by side; null: one thread per request. */
    private final ExecutorService segmentPool;
    /**
     * A search splits into slices only when it runs alone: with other requests in flight the processors are busy
     * anyway, and splitting would only add each slice's collectors and hand-offs.
     */
    private final LoneSearches lone = LoneSearches.withDefaults();

    /** Serves the index under {@code indexRoot}, checking for new generations every second. */
    public LuceneSearchService(Path indexRoot, StandardLabels labels) {
        this(indexRoot, labels, DEFAULT_POLL);
    }

    /** @param pollInterval {@link Duration#ZERO} disables background checks (use {@link #refresh()}) */
    public LuceneSearchService(Path indexRoot, StandardLabels labels, Duration pollInterval) {
        this(indexRoot, labels, pollInterval, QueryBudget.defaults());
    }

    /**
     * @param pollInterval {@link Duration#ZERO} disables background checks (use {@link #refresh()})
     * @param budget       time limit and clause cap applied to every search
     */
    public LuceneSearchService(Path indexRoot, StandardLabels labels, Duration pollInterval, QueryBudget budget) {
        this(indexRoot, labels, pollInterval, budget, DEFAULT_RESULT_CACHE_BYTES);
    }

    /**
     * @param pollInterval     {@link Duration#ZERO} disables background checks (use {@link #refresh()})
     * @param budget           time limit and clause cap applied to every search
     * @param resultCacheBytes about how many bytes of finished results to keep per live generation; 0 keeps none
     */
    public LuceneSearchService(Path indexRoot, StandardLabels labels, Duration pollInterval, QueryBudget budget,
                               long resultCacheBytes) {
        this(indexRoot, labels, pollInterval, new SearchSettings(budget, resultCacheBytes, 1));
    }

    /**
     * @param pollInterval {@link Duration#ZERO} disables background checks (use {@link #refresh()})
     * @param settings     budget, result cache and threads per search; with more than one thread the service owns
     *                     a pool of that many daemon threads, shut down by {@link #close()}
     */
    public LuceneSearchService(Path indexRoot, StandardLabels labels, Duration pollInterval, SearchSettings settings) {
        this.budget = settings.budget();
        this.segmentPool = settings.searchThreads() > 1 ? segmentPool(settings.searchThreads()) : null;
        this.results = ResultCache.ofBytes(settings.resultCacheBytes());
        IndexSchema schema = new IndexSchema();
        DocumentMapper mapper = new DocumentMapper(schema);
        this.parser = new QueryParser(schema.analyzers());
        this.faceted = new FacetedSearch(schema);
        this.facetAssembler = new FacetAssembler(labels);
        this.hitAssembler = new HitAssembler(mapper, labels);
        this.documentViews = new DocumentViews(mapper, hitAssembler);
        this.didYouMean = new DidYouMean(schema.analyzers());
        // a newly published generation is warmed before it is swapped in, so no user pays for its cold start
        this.searchers = new IndexSearchers(indexRoot, schema, labels, pollInterval, this::warm, segmentPool,
                settings.searchThreads(), settings.minDocsPerSlice());
        this.access = new IndexAccess(searchers, schema, labels);
    }

    /** The live generation's facet catalog, then {@link #WARM_UP} searches, on background threads; once. */
    @Override
    public void startBackgroundWork() {
        if (backgroundStarted.compareAndSet(false, true)) {
            searchers.buildLiveCatalogInBackground();
            warmInBackground();
        }
    }

    /** Warm-up searches: every mode, a filter, a phrase and highlighting, as the first users would run them. */
    private static final List<SearchRequest> WARM_UP = List.of(
            SearchRequest.of("security"),
            SearchRequest.of("\"supply chain\" cloud").withMode(SearchMode.CLAUSES),
            SearchRequest.of("procurement").withFilters(Map.of(IndexSchema.DIM_LANGUAGE, List.of("en"))),
            SearchRequest.of("data OR privacy").withMode(SearchMode.CLAUSES)
                    .withFilters(Map.of(IndexSchema.DIM_COUNTRY, List.of("US"))),
            SearchRequest.of(""));

    /**
     * Runs {@link #WARM_UP} on {@code gen} (not yet live, or live): loads the terms index, doc values and postings
     * the first searches touch and lets the JIT compile the search path. Failures are ignored: warming is optional.
     */
    void warm(SearcherGeneration gen) {
        for (int round = 0; round < 3; round++) {
            for (SearchRequest r : WARM_UP) {
                try {
                    search(r, gen, System.nanoTime());
                } catch (RuntimeException e) {
                    return;
                }
            }
        }
    }

    /** The generation opened at start is live at once; it is warmed on a background thread instead. */
    private void warmInBackground() {
        Optional<IndexSearchers.Lease> lease = searchers.acquire();
        if (lease.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try (IndexSearchers.Lease l = lease.get()) {
                warm(l.generation());
            }
        }, "index-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Aggregating read access to the same live generations this service searches. */
    public IndexAccess indexAccess() {
        return access;
    }

    /** Checks for a newly published generation now; true when one was swapped in. */
    public boolean refresh() {
        try {
            return searchers.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the published index generation", e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        SearchLimits.validate(request);
        long start = System.nanoTime();
        Optional<IndexSearchers.Lease> lease = searchers.acquire();
        if (lease.isEmpty()) {
            return new SearchResult(0, request.page(), request.size(), elapsed(start), List.of(), Map.of(),
                    List.of(NO_INDEX), null);
        }
        try (IndexSearchers.Lease l = lease.get()) {
            SearcherGeneration gen = l.generation();
            Optional<SearchResult> kept = results.get(gen, request);
            if (kept.isPresent()) {
                return kept.get().withTookMs(elapsed(start));
            }
            SearchResult fresh = search(request, gen, start);
            results.put(gen, request, fresh);
            return fresh;
        }
    }

    @Override
    public CacheCounts resultCache() {
        return new CacheCounts(results.hits(), results.misses());
    }

    /**
     * A request read against one generation: its parsed query with looked-up term states, and the query to run
     * ({@code base}), or a null {@code base} when the query is too complex to run.
     */
    private record Prepared(ParsedQuery pq, Query base, boolean documents, SortOrder sort) {
    }

    private Prepared prepare(SearchRequest request, SearcherGeneration gen) throws IOException {
        boolean documents = request.mode() == null || request.mode() == SearchMode.DOCUMENTS;
        SortOrder sort = request.sort() == null ? SortOrder.RELEVANCE : request.sort();
        ParsedQuery parsed = parser.parse(request.query(), gen.target(documents));
        if (budget.tooComplex(parsed.query())) {
            return new Prepared(parsed, null, documents, sort);
        }
        // the counting pass, the page, the snippet choice and the highlighter reuse the terms' looked-up states
        TermStatesCache states = gen.termStates();
        ParsedQuery pq = parsed.withQueries(states.apply(parsed.query()),
                parsed.relaxed() == null ? null : states.apply(parsed.relaxed()));
        return new Prepared(pq, FilteredQueries.base(pq, documents, request), documents, sort);
    }

    private SearchResult search(SearchRequest request, SearcherGeneration gen, long start) {
        try {
            Prepared p = prepare(request, gen);
            ParsedQuery pq = p.pq();
            if (p.base() == null) {
                return tooComplex(request, pq, start);
            }
            boolean documents = p.documents();
            Query base = p.base();
            SortOrder sort = p.sort();
            List<String> facetDims = request.facetDims();
            FacetedSearch.Read<List<Hit>> outcome;
            boolean alone = lone.start();
            try {
                outcome = faceted.searchAndRead(gen, documents, budget.newTimeout(), alone, base, request.filters(),
                        facetDims, sort, request.page() * request.size(),
                        td -> hits(gen, td, request, pq, documents));
            } catch (IndexSearcher.TooManyClauses e) {
                // prefix expansion happens while rewriting, after the check above
                return tooComplex(request, pq, start);
            } finally {
                lone.end();
            }
            boolean partial = outcome.partial();
            List<Hit> hits = outcome.page();
            Map<String, List<FacetValue>> facets = gen.facetState(documents) == null ? new LinkedHashMap<>()
                    : facetAssembler.assemble(outcome.facets(), FacetCatalog.dims(gen.facetState(documents)),
                    request.filters(), request.facetLimit(), facetDims);
            String suggestion = partial || outcome.total() > 0 || pq.terms().isEmpty() ? null
                    : didYouMean.correct(gen.searcher().getIndexReader(), pq,
                    q -> count(gen, parser.parse(q, gen.target(documents)), documents, request)).orElse(null);
            return new SearchResult(outcome.total(), request.page(), request.size(), elapsed(start), hits, facets,
                    partial ? withNotice(pq.notices(), QueryBudget.TIMED_OUT) : pq.notices(), suggestion, partial);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Ranks the best {@code cap} hits once on the live generation and holds that generation until the walk is
     * closed; each page then only reads its hits. Ranking runs within the same {@link QueryBudget} as a search.
     */
    @Override
    public ResultWalk walk(SearchRequest request, int cap, int snippets) {
        SearchLimits.validateWalk(cap, snippets);
        SearchLimits.validate(request.withPage(1));
        Optional<IndexSearchers.Lease> lease = searchers.acquire();
        if (lease.isEmpty()) {
            return ResultWalk.empty(List.of(NO_INDEX));
        }
        IndexSearchers.Lease l = lease.get();
        boolean handedOver = false;
        Prepared p = null;
        try {
            SearcherGeneration gen = l.generation();
            p = prepare(request, gen);
            if (p.base() == null) {
                return ResultWalk.empty(withNotice(p.pq().notices(), QueryBudget.TOO_COMPLEX));
            }
            FacetedSearch.Outcome ranked = faceted.rank(gen, p.documents(), budget.newTimeout(), p.base(),
                    request.filters(), p.sort(), cap);
            List<String> notices = ranked.partial() ? withNotice(p.pq().notices(), QueryBudget.TIMED_OUT)
                    : p.pq().notices();
            ResultWalk walk = new GenerationWalk(l, hitAssembler, p.pq(), p.documents(), snippets,
                    ranked.topDocs().scoreDocs, ranked.total(), notices);
            handedOver = true;
            return walk;
        } catch (IndexSearcher.TooManyClauses e) {
            // prefix expansion happens while rewriting, after the check in prepare
            return ResultWalk.empty(withNotice(p == null ? List.of() : p.pq().notices(), QueryBudget.TOO_COMPLEX));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            if (!handedOver) {
                l.close();
            }
        }
    }

    /** The requested page's window of {@code top} (the best hits up to the page's end), assembled. */
    private List<Hit> hits(SearcherGeneration gen, TopDocs top, SearchRequest request, ParsedQuery pq,
                           boolean documents) throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(all.length, (request.page() - 1) * request.size());
        ScoreDoc[] window = Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
        return documents ? hitAssembler.documentHits(gen, window, pq) : hitAssembler.clauseHits(gen, window, pq);
    }

    private static SearchResult tooComplex(SearchRequest request, ParsedQuery pq, long start) {
        return new SearchResult(0, request.page(), request.size(), elapsed(start), List.of(), Map.of(),
                withNotice(pq.notices(), QueryBudget.TOO_COMPLEX), null);
    }

    private static List<String> withNotice(List<String> notices, String notice) {
        List<String> all = new ArrayList<>(notices);
        all.add(notice);
        return all;
    }

    private long count(SearcherGeneration gen, ParsedQuery pq, boolean documents, SearchRequest request) {
        try {
            return faceted.count(gen, documents, FilteredQueries.base(pq, documents, request), request.filters());
        } catch (IOException e) {
            throw new UncheckedIOException("counting a spelling correction failed", e);
        }
    }

    @Override
    public Optional<DocumentView> document(String id, String query) {
        return document(id, query, ClauseWindow.all());
    }

    /** Reads and highlights only the clauses {@code window} chooses: the rest cost no stored-field reads. */
    @Override
    public Optional<DocumentView> document(String id, String query, ClauseWindow window) {
        return loadDocument(id, gen -> documentViews.view(gen, id, parser.parse(query, gen.target(false)), window));
    }

    @Override
    public Optional<PolicyDocument> policy(String id) {
        return loadDocument(id, gen -> documentViews.policy(gen, id));
    }

    /** Runs {@code load} on a leased generation; empty without an index or for a blank id. */
    private <T> Optional<T> loadDocument(String id, DocumentLoad<T> load) {
        Optional<IndexSearchers.Lease> lease = searchers.acquire();
        if (lease.isEmpty() || id == null || id.isBlank()) {
            lease.ifPresent(IndexSearchers.Lease::close);
            return Optional.empty();
        }
        try (IndexSearchers.Lease l = lease.get()) {
            return load.apply(l.generation());
        } catch (IOException e) {
            throw new UncheckedIOException("loading document " + id + " failed", e);
        }
    }

    @FunctionalInterface
    private interface DocumentLoad<T> {
        Optional<T> apply(SearcherGeneration gen) throws IOException;
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        Optional<IndexSearchers.Lease> lease = searchers.acquire();
        if (lease.isEmpty()) {
            return List.of();
        }
        try (IndexSearchers.Lease l = lease.get()) {
            return l.generation().catalog().suggest(prefix, Math.min(limit, 100));
        }
    }

    @Override
    public IndexStats stats() {
        Optional<IndexSearchers.Lease> lease = searchers.acquire();
        if (lease.isEmpty()) {
            return new IndexStats("none", 0, 0, null, null);
        }
        try (IndexSearchers.Lease l = lease.get()) {
            return l.generation().stats();
        }
    }

    @Override
    public void close() {
        searchers.close();
        if (segmentPool != null) {
            segmentPool.shutdown();
        }
    }

    /**
     * Daemon threads for Lucene's per-segment search tasks. The request's own thread runs tasks too, so a request
     * never waits on a busy pool to make progress; on an idle machine one search uses every core.
     */
    private static ExecutorService segmentPool(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-segments-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
