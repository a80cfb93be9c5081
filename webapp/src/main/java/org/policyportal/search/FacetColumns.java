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
 * sorted-set doc values onto the heap as <em>value sets</em>: each distinct combination of global ordinals that
 * some document has is stored once, and every document points to its set.
 *
 * <p>Why: counting nine dimensions through {@code SortedSetDocValuesFacetCounts} decodes every value of every hit
 * from doc values, and with parents and clauses interleaved in one field the values of consecutive parent hits lie
 * far apart in memory; on 100,000 documents a broad query spent more time counting facets (6 ms) than matching.
 * Heap rows fixed that, but a row's short loop of ten or so values still cost about 50 ns per hit (JFR: the
 * counting loop 23 % of in-process CPU at 100,000 documents, 14 % of server CPU at 20,000). Documents share
 * combinations (country, body, year and language go together, standards repeat): at 100,000 documents 36,573
 * distinct sets for the parents and 36,039 for 1.2 million clauses; corpus-real's 171,289 clauses have 1,611. So a
 * hit costs one increment of its set's counter, and each set hit is expanded to its values once per search
 * ({@link #add}). A hit finds its set through {@link DocSets} (a bit per index document, 2 bytes per row). Memory
 * at 1.3 million index documents: about 0.5 MB for the 100,000 parents, 2.7 MB for the clauses, plus per set 4
 * bytes and 2 bytes per value (4 with more than 65,535 distinct values), and 4 more bytes per value for the
 * inverse, the sets holding each value ({@link #markSetsWith}, for the filters).
 *
 * <p>Counts are exactly those of {@code SortedSetDocValuesFacetCounts} on the same hits: same ordinals, each
 * value of a doc counted once (a hierarchical value indexes every prefix, so a category counts its documents).
 * Hits of the other kind are not counted.
 *
 * <p>Immutable after {@link #build}; thread-safe.
 */
final class FacetColumns {

    /** Per doc id of the reader, its value set (none when it has no facet values, or is of the other kind). */
    private final DocSets setOfDoc;
    private final int[] starts;
    private final char[] smallOrds;
    private final int[] ords;
    private final String[] terms;
    private final Map<String, Integer> ordinalOf;
    /** Path (dim, then components, joined by the facet delimiter) to the ordinals of its direct children. */
    private final Map<String, int[]> children;
    /** The sets holding each ordinal: those of {@code o} are {@code setsByOrd[setsStart[o]..setsStart[o+1])}. */
    private final int[] setsStart;
    private final int[] setsByOrd;

    private FacetColumns(DocSets setOfDoc, int[] starts, char[] smallOrds, int[] ords, String[] terms) {
        this.setOfDoc = setOfDoc;
        this.starts = starts;
        this.smallOrds = smallOrds;
        this.ords = ords;
        this.terms = terms;
        this.setsStart = new int[terms.length + 1];
        this.setsByOrd = new int[starts[starts.length - 1]];
        invert();
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
        DocSets.Builder setOfDoc = new DocSets.Builder(reader.maxDoc());
        IntList starts = new IntList(1024);
        IntList values = new IntList(1024);
        Map<ValueSet, Integer> setIds = new HashMap<>();
        int[] scratch = new int[16];
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
                int n = dv.docValueCount();
                if (n > scratch.length) {
                    scratch = new int[n];
                }
                // segment ords ascend, and map to ascending global ords: equal sets give equal sequences
                for (int i = 0; i < n; i++) {
                    scratch[i] = (int) toGlobal[(int) dv.nextOrd()];
                }
                ValueSet probe = new ValueSet(scratch, n);
                Integer id = setIds.get(probe);
                if (id == null) {
                    id = setIds.size();
                    setIds.put(probe.copy(), id);
                    starts.add(values.size());
                    for (int i = 0; i < n; i++) {
                        values.add(scratch[i]);
                    }
                }
                setOfDoc.add(leaf.docBase + d, id);
            }
        }
        starts.add(values.size());
        boolean small = size <= Character.MAX_VALUE;
        return new FacetColumns(setOfDoc.build(), starts.toInts(), small ? values.toChars() : null,
                small ? null : values.toInts(), terms);
    }

    /** Counts per global ordinal over the hits of {@code hits} that are rows here. */
    int[] count(FacetsCollector hits) throws IOException {
        int[] perSet = new int[sets()];
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) {
                continue;
            }
            DocIdSetIterator it = m.bits().iterator();
            int base = m.context().docBase;
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                int set = setOfDoc.setOf(base + d);
                if (set >= 0) {
                    perSet[set]++;
                }
            }
        }
        int[] counts = new int[terms.length];
        for (int set = 0; set < perSet.length; set++) {
            add(set, perSet[set], counts);
        }
        return counts;
    }

    /** Adds {@code times} to the count of every value of {@code set}. */
    void add(int set, int times, int[] counts) {
        if (times == 0) {
            return;
        }
        int end = starts[set + 1];
        if (smallOrds != null) {
            for (int i = starts[set]; i < end; i++) {
                counts[smallOrds[i]] += times;
            }
        } else {
            for (int i = starts[set]; i < end; i++) {
                counts[ords[i]] += times;
            }
        }
    }

    /** Fills {@link #setsStart} and {@link #setsByOrd} from the sets' values (counting sort by ordinal). */
    private void invert() {
        int sets = starts.length - 1;
        for (int set = 0; set < sets; set++) {
            for (int i = starts[set]; i < starts[set + 1]; i++) {
                setsStart[ordAt(i) + 1]++;
            }
        }
        for (int o = 0; o < terms.length; o++) {
            setsStart[o + 1] += setsStart[o];
        }
        int[] next = java.util.Arrays.copyOf(setsStart, terms.length);
        for (int set = 0; set < sets; set++) {
            for (int i = starts[set]; i < starts[set + 1]; i++) {
                setsByOrd[next[ordAt(i)]++] = set;
            }
        }
    }

    /**
     * ORs {@code bit} into {@code perSet[set]} for every set holding ordinal {@code ord}: per search, which filters
     * each set passes is then worked out from the few selected values instead of reading every set's values.
     */
    void markSetsWith(int ord, int bit, int[] perSet) {
        for (int i = setsStart[ord], end = setsStart[ord + 1]; i < end; i++) {
            perSet[setsByOrd[i]] |= bit;
        }
    }

    /** The value set of index document {@code doc}, -1 when it has none (no facet values, or the other kind). */
    int setOf(int doc) {
        return setOfDoc.setOf(doc);
    }

    /** The global ordinal at position {@code i} of the sets' concatenated values. */
    private int ordAt(int i) {
        return smallOrds != null ? smallOrds[i] : ords[i];
    }

    /** Number of distinct value sets. */
    int sets() {
        return starts.length - 1;
    }

    /** Number of rows: documents of this kind with facet values. */
    int rows() {
        return setOfDoc.rows();
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

    /** The first {@code n} ordinals of an array, as a hash key; the array must not change while it is a key. */
    private static final class ValueSet {
        private final int[] ords;
        private final int n;
        private final int hash;

        ValueSet(int[] ords, int n) {
            this.ords = ords;
            this.n = n;
            int h = n;
            for (int i = 0; i < n; i++) {
                h = 31 * h + ords[i];
            }
            this.hash = h;
        }

        /** A key that owns its values, for keeping in the map (the probe's array is reused). */
        ValueSet copy() {
            return new ValueSet(java.util.Arrays.copyOf(ords, n), n);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ValueSet v && v.n == n && java.util.Arrays.equals(ords, 0, n, v.ords, 0, n);
        }

        @Override
        public int hashCode() {
            return hash;
        }
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
