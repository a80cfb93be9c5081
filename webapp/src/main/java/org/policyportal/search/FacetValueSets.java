package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BitSet;

/**
 * Read-only access, for aggregations outside the search itself (the compare matrix, the research-question
 * counts), to the facet values of one kind of document (parents or clauses) in a generation: each document's
 * <em>value set</em> and the values it holds. Documents share value sets, so an aggregation can decode each set once
 * and then only ask which set a document has.
 *
 * <p>Why: reading a value from stored fields decompresses the block holding the document. Aggregating over every
 * match that way took 18-19 s for the unfiltered compare matrix at 100,000 documents, with the LZ4 decompression at
 * about half of the CPU; the same values are already on the heap for facet counting ({@link FacetColumns}).
 *
 * <p>Immutable; thread-safe. Valid as long as the generation it came from is leased.
 */
public final class FacetValueSets {

    private static final Pattern DELIM = Pattern.compile(Pattern.quote(String.valueOf(FacetsConfig.DELIM_CHAR)));

    private final FacetColumns columns;
    private final SearcherGeneration gen;

    private FacetValueSets(FacetColumns columns, SearcherGeneration gen) {
        this.columns = columns;
        this.gen = gen;
    }

    /** The value sets of the parents ({@code documents}) or the clauses; empty when the index holds no facets. */
    public static Optional<FacetValueSets> of(SearcherGeneration gen, boolean documents) throws IOException {
        FacetColumns c = gen.facetColumns(documents);
        return c == null ? Optional.empty() : Optional.of(new FacetValueSets(c, gen));
    }

    /** The value set of index document {@code doc}, -1 when it has no facet values or is of the other kind. */
    public int setOf(int doc) {
        return columns.setOf(doc);
    }

    /** The values of set {@code set}, each as its path: the dimension, then the path components. */
    public List<List<String>> values(int set) {
        List<List<String>> out = new ArrayList<>();
        columns.forEachValue(set, ord -> out.add(Arrays.asList(DELIM.split(columns.term(ord), -1))));
        return out;
    }

    /**
     * The value of single-valued dimension {@code dim} among {@code values} (as {@link #values} gives them): the one
     * component of its path; null when there is none.
     */
    public static String valueOf(List<List<String>> values, String dim) {
        for (List<String> path : values) {
            if (path.size() == 2 && path.get(0).equals(dim)) {
                return path.get(1);
            }
        }
        return null;
    }

    /** The index document id of the parent of clause {@code doc} (the first parent at or after it in its block). */
    public int parentOf(int doc) throws IOException {
        List<LeafReaderContext> leaves = gen.searcher().getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BitSet parents = gen.parents().getBitSet(leaf);
        if (parents == null) {
            throw new IllegalStateException("no parent documents in the segment of " + doc);
        }
        return leaf.docBase + parents.nextSetBit(doc - leaf.docBase);
    }
}
