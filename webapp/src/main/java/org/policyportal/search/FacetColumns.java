package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;

/**
 * The facet values of one kind of document (parents or clauses) of an index generation, copied once from the
 * sorted-set doc values into compact heap arrays: one row per document of that kind, in doc id order, holding the
 * global ordinals of its values.
 *
 * <p>Why: counting nine dimensions through {@code SortedSetDocValuesFacetCounts} decodes every value of every hit
 * from doc values, and with parents and clauses interleaved in one field the values of consecutive parent hits
 * lie far apart in memory; on 100,000 documents a broad query spent more time counting facets (6 ms) than
 * matching. Rows of one kind are contiguous, so counting hits in doc order reads memory sequentially. A hit finds
 * its row through a doc-indexed array rather than a search over the rows (the search was 10 % of clause-mode CPU
 * at 100,000 documents). Memory: 4 bytes per index document, plus 4 bytes per row and 2 bytes per value (4 with
 * more than 65,535 distinct values): about 8 MB for the parents of 100,000 documents with 1.2 million clauses,
 * 28 MB for the clauses.
 *
 * <p>Counts are exactly those of {@code SortedSetDocValuesFacetCounts} on the same hits: same ordinals, each
 * value of a doc counted once (a hierarchical value indexes every prefix, so a category counts its documents).
 * Hits of the other kind are not counted.
 *
 * <p>Immutable after {@link #build}; thread-safe.
 */
final class FacetColumns {

    /** Per doc id of the reader, its row, or -1 when it has none. */
    private final int[] rowOfDoc;
    private final int[] starts;
    private final char[] smallOrds;
    private final int[] ords;
    private final String[] terms;
    private final Map<String, Integer> ordinalOf;
    /** Path (dim, then components, joined by the facet delimiter) to the ordinals of its direct children. */
    private final Map<String, int[]> children;

    private FacetColumns(int[] rowOfDoc, int[] starts, char[] smallOrds, int[] ords, String[] terms) {
        this.rowOfDoc = rowOfDoc;
        this.starts = starts;
        this.smallOrds = smallOrds;
        this.ords = ords;
        this.terms = terms;
        this.children = childrenOf(terms);
        this.ordinalOf = new HashMap<>();
        for (int o = 0; o < terms.length; o++) {
            ordinalOf.put(terms[o], o);
        }
    }

    /**
     * Reads the facet ordinals (global, as in {@code state}) of the parents ({@code parentRows}) or of the clauses
     * (all other docs) of {@code reader}.
     */
    static FacetColumns build(IndexReader reader, SortedSetDocValuesReaderState state, BitSetProducer parents,
                              boolean parentRows) throws IOException {
        SortedSetDocValues global = state.getDocValues();
        int size = (int) global.getValueCount();
        String[] terms = new String[size];
        for (int o = 0; o < size; o++) {
            terms[o] = global.lookupOrd(o).utf8ToString();
        }
        int[] rowOfDoc = new int[reader.maxDoc()];
        java.util.Arrays.fill(rowOfDoc, -1);
        int rows = 0;
        IntList starts = new IntList(1024);
        IntList values = new IntList(1024);
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
            BitSet parentBits = parents.getBitSet(leaf);
            long[] toGlobal = new long[(int) dv.getValueCount()];
            for (int o = 0; o < toGlobal.length; o++) {
                toGlobal[o] = global.lookupTerm(dv.lookupOrd(o));
            }
            for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                boolean parent = parentBits != null && parentBits.get(d);
                if (parent != parentRows) {
                    continue;
                }
                rowOfDoc[leaf.docBase + d] = rows++;
                starts.add(values.size());
                for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                    values.add((int) toGlobal[(int) dv.nextOrd()]);
                }
            }
        }
        starts.add(values.size());
        boolean small = size <= Character.MAX_VALUE;
        return new FacetColumns(rowOfDoc, starts.toInts(), small ? values.toChars() : null,
                small ? null : values.toInts(), terms);
    }

    /** Counts per global ordinal over the hits of {@code hits} that are rows here. */
    int[] count(FacetsCollector hits) throws IOException {
        int[] counts = new int[terms.length];
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) {
                continue;
            }
            DocIdSetIterator it = m.bits().iterator();
            int base = m.context().docBase;
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                int row = rowOfDoc[base + d];
                if (row < 0) {
                    continue;
                }
                int end = starts[row + 1];
                if (smallOrds != null) {
                    for (int i = starts[row]; i < end; i++) {
                        counts[smallOrds[i]]++;
                    }
                } else {
                    for (int i = starts[row]; i < end; i++) {
                        counts[ords[i]]++;
                    }
                }
            }
        }
        return counts;
    }

    /** The row of index document {@code doc}, -1 when it has none (no facet values, or the other kind). */
    int rowOf(int doc) {
        return rowOfDoc[doc];
    }

    /** Index of the first value of {@code row}; its values are {@link #ordAt} from here to {@link #end}. */
    int start(int row) {
        return starts[row];
    }

    int end(int row) {
        return starts[row + 1];
    }

    /** The global ordinal of value {@code i} of some row. */
    int ordAt(int i) {
        return smallOrds != null ? smallOrds[i] : ords[i];
    }

    /** Number of rows: documents of this kind with facet values. */
    int rows() {
        return starts.length - 1;
    }

    /** Number of distinct facet values (global ordinals) in the generation. */
    int size() {
        return terms.length;
    }

    /** Global ordinals of the direct children of {@code path} (a dimension, or a dimension and components). */
    int[] children(String... path) {
        return children.getOrDefault(String.join(String.valueOf(FacetsConfig.DELIM_CHAR), path), new int[0]);
    }

    /** The ordinal of exactly {@code path}, -1 when no document has it. */
    int ordinal(String... path) {
        return ordinalOf.getOrDefault(String.join(String.valueOf(FacetsConfig.DELIM_CHAR), path), -1);
    }

    /** The last path component of an ordinal's value. */
    String label(int ordinal) {
        String t = terms[ordinal];
        return t.substring(t.lastIndexOf(FacetsConfig.DELIM_CHAR) + 1);
    }

    private static Map<String, int[]> childrenOf(String[] terms) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int o = 0; o < terms.length; o++) {
            int cut = terms[o].lastIndexOf(FacetsConfig.DELIM_CHAR);
            if (cut > 0) {
                lists.computeIfAbsent(terms[o].substring(0, cut), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** A growable int array; not thread-safe (used while building only). */
    private static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(16, capacity)];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length + (a.length >> 1));
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        int[] toInts() {
            return java.util.Arrays.copyOf(a, n);
        }

        char[] toChars() {
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = (char) a[i];
            }
            return c;
        }
    }
}
