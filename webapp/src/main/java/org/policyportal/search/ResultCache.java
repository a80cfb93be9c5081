package org.policyportal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Finished search results of the live index generation, keyed by the generation and the whole request, bounded
 * by an estimate of their size in bytes (least recently and frequently used go first).
 *
 * <p>Why: at a workshop many people run the same few searches (the examples on the home page, the facet a
 * speaker points at) and page back and forth; a repeated request then costs a map lookup instead of matching,
 * counting nine facets and highlighting again.
 *
 * <p>Never stale: the key holds the generation the result was computed on, and a search only looks up keys of
 * the generation it runs on, so a result of an older generation can never answer a request after a swap. When a
 * search runs on another generation than the last, the entries of the others are dropped.
 * Partial (timed-out) results are not kept: a later try may get further.
 *
 * <p>Thread-safe.
 */
final class ResultCache {

    /** Rough bytes of a result's fixed part, facets and notices; snippets and titles are added per hit. */
    private static final int BASE_WEIGHT = 2_048;
    private static final int HIT_WEIGHT = 256;

    private record Key(SearcherGeneration generation, SearchRequest request) {
    }

    private final Cache<Key, SearchResult> cache;
    private final AtomicReference<SearcherGeneration> newest = new AtomicReference<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    private ResultCache(Cache<Key, SearchResult> cache) {
        this.cache = cache;
    }

    /** A cache holding about {@code maxBytes} of results; {@code maxBytes <= 0} caches nothing. */
    static ResultCache ofBytes(long maxBytes) {
        if (maxBytes <= 0) {
            return new ResultCache(null);
        }
        return new ResultCache(Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, SearchResult r) -> weight(r))
                .build());
    }

    /** The result of {@code request} on {@code gen}, if one was kept. */
    Optional<SearchResult> get(SearcherGeneration gen, SearchRequest request) {
        if (cache == null) {
            return Optional.empty();
        }
        forgetOthers(gen);
        SearchResult r = cache.getIfPresent(new Key(gen, request));
        (r == null ? misses : hits).increment();
        return Optional.ofNullable(r);
    }

    /** Keeps {@code result} of {@code request} on {@code gen}, unless it is partial. */
    void put(SearcherGeneration gen, SearchRequest request, SearchResult result) {
        if (cache != null && !result.partialResults()) {
            cache.put(new Key(gen, request), result);
        }
    }

    /** Lookups answered from the cache since start. */
    long hits() {
        return hits.sum();
    }

    /** Lookups that had to search since start. */
    long misses() {
        return misses.sum();
    }

    /**
     * Drops the entries of other generations when a search runs on a generation other than the last one seen.
     * Around a swap, requests still running on the old generation may drop a few new entries (or add old ones
     * that can never be hit and age out); that costs a recomputation, never a stale answer.
     */
    private void forgetOthers(SearcherGeneration gen) {
        SearcherGeneration seen = newest.get();
        if (seen != gen && newest.compareAndSet(seen, gen)) {
            cache.asMap().keySet().removeIf(k -> k.generation() != gen);
        }
    }

    private static int weight(SearchResult r) {
        int w = BASE_WEIGHT;
        for (Hit h : r.hits()) {
            w += HIT_WEIGHT + 2 * h.title().length();
            for (Snippet s : h.snippets()) {
                w += 2 * (s.html().length() + s.url().length());
            }
        }
        return w;
    }
}
