package org.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;

/**
 * {@link ResultWalk} over one ranking on one leased index generation: the best hits were collected once, and each
 * page only reads and highlights its own hits. Paging through searches instead cost a full search per page
 * (counting, facets and collecting all hits up to the page's end), so a 10,000-row export ran 100 searches.
 *
 * <p>Not thread-safe: one per request. Holds the generation until {@link #close}: when a new generation is published
 * mid-export, the old one stays open until that response is written (a client that stops reading is cut off by the
 * server's idle timeout, 30 s by default), as for any request in flight; the heap holds both meanwhile, as during
 * a swap.
 */
final class GenerationWalk implements ResultWalk {

    private final IndexSearchers.Lease lease;
    private final HitAssembler assembler;
    private final ParsedQuery query;
    private final boolean documents;
    private final int snippets;
    private final ScoreDoc[] ranked;
    private final long total;
    private final List<String> notices;
    private int position;
    private boolean closed;

    GenerationWalk(IndexSearchers.Lease lease, HitAssembler assembler, ParsedQuery query, boolean documents,
                   int snippets, ScoreDoc[] ranked, long total, List<String> notices) {
        this.lease = lease;
        this.assembler = assembler;
        this.query = query;
        this.documents = documents;
        this.snippets = snippets;
        this.ranked = ranked;
        this.total = total;
        this.notices = List.copyOf(notices);
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public List<String> notices() {
        return notices;
    }

    @Override
    public List<Hit> next(int n) {
        if (closed) {
            throw new IllegalStateException("the walk is closed");
        }
        ScoreDoc[] window = Arrays.copyOfRange(ranked, position, Math.min(ranked.length, position + Math.max(0, n)));
        position += window.length;
        if (window.length == 0) {
            return List.of();
        }
        try {
            SearcherGeneration gen = lease.generation();
            return documents ? assembler.documentHits(gen, window, query, snippets)
                    : assembler.clauseHits(gen, window, query);
        } catch (IOException e) {
            throw new UncheckedIOException("reading export hits failed", e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            lease.close();
        }
    }
}
