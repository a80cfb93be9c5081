package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
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
 * combinations (country, body, year and language go together, standards repeat): at 100,000 documents 36,521
 * distinct sets for the parents and 36,039 for 1.2 million clauses; corpus-real's 171,289 clauses have 1,611. So a
 * hit costs one increment of its set's counter ({@link DocSets}: a bit per index document, 2 bytes per row).
 *
 * <p>Each set is two halves: the values of the single-valued dimensions (country, body, year, language, the three
 * answers) and those of the multi-valued ones (standards, strength), each half stored once in {@link OrdinalRows}.
 * The halves vary far less than their combinations: at 100,000 documents 3,855 and 10,395 distinct halves for
 * 36,521 sets of 10.7 values each. Expanding every set hit to its values cost 11.6 % of server CPU there (JFR, 2
 * clients); a {@link Tally} now adds a set's hits to its two halves, and expands each half hit once.
 *
 * <p>Memory at 1.3 million index documents: about 0.5 MB for the 100,000 parents' {@link DocSets}, 2.7 MB for the
 * clauses'; per set 8 bytes (its two halves); per distinct half 4 bytes and 2 bytes per value (4 with more than
 * 65,536 distinct values); and 4 bytes per value of every set for the inverse, the sets holding each value
 * ({@link #markSetsWith}, for the filters).
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
    /** Distinct halves of single-valued and of multi-valued dimensions. */
    private final OrdinalRows oneValued;
    private final OrdinalRows manyValued;
    /** Per set, its half in {@link #oneValued} and in {@link #manyValued}. */
    private final int[] oneOf;
    private final int[] manyOf;
    private final String[] terms;
    private final Map<String, Integer> ordinalOf;
    /** Path (dim, then components, joined by the facet delimiter) to the ordinals of its direct children. */
    private final Map<String, int[]> children;
    /** Per dimension, the global ordinals of its values and which half holds them. */
    private final Map<String, DimRange> dimRanges;
    /** The sets holding each ordinal: those of {@code o} are {@code setsByOrd[setsStart[o]..setsStart[o+1])}. */
    private final int[] setsStart;
    private final int[] setsByOrd;

    private FacetColumns(DocSets setOfDoc, OrdinalRows oneValued, OrdinalRows manyValued, int[] oneOf,
                         int[] manyOf, String[] terms, boolean[] multi) {
        this.setOfDoc = setOfDoc;
        this.oneValued = oneValued;
        this.manyValued = manyValued;
        this.oneOf = oneOf;
        this.manyOf = manyOf;
        this.terms = terms;
        this.setsStart = new int[terms.length + 1];
        this.setsByOrd = invert();
        this.children = childrenOf(terms);
        this.dimRanges = dimRangesOf(terms, multi);
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
        boolean[] multi = new boolean[size];
        for (int o = 0; o < size; o++) {
            terms[o] = global.lookupOrd(o).utf8ToString();
            String dim = terms[o].substring(0, Math.max(0, terms[o].indexOf(FacetsConfig.DELIM_CHAR)));
            multi[o] = state.getFacetsConfig().getDimConfig(dim).multiValued;
        }
        DocSets.Builder setOfDoc = new DocSets.Builder(reader.maxDoc());
        Halves one = new Halves(size);
        Halves many = new Halves(size);
        Map<Long, Integer> setIds = new HashMap<>();
        IntList oneOf = new IntList(1024);
        IntList manyOf = new IntList(1024);
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
                int a = one.idOf(scratch, n, multi, false);
                int b = many.idOf(scratch, n, multi, true);
                Integer id = setIds.get(((long) a << 32) | b);
                if (id == null) {
                    id = setIds.size();
                    setIds.put(((long) a << 32) | b, id);
                    oneOf.add(a);
                    manyOf.add(b);
                }
                setOfDoc.add(leaf.docBase + d, id);
            }
        }
        return new FacetColumns(setOfDoc.build(), one.rows.build(), many.rows.build(), oneOf.toInts(),
                manyOf.toInts(), terms, multi);
    }

    /** Counts per global ordinal over the hits of {@code hits} that are rows here. */
    int[] count(FacetsCollector hits) throws IOException {
        Tally tally = tally();
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) {
                continue;
            }
            DocIdSetIterator it = m.bits().iterator();
            int base = m.context().docBase;
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                int set = setOfDoc.setOf(base + d);
                if (set >= 0) {
                    tally.add(set, 1);
                }
            }
        }
        return tally.counts();
    }

    /** A new, empty tally of hits per set, of every dimension. */
    Tally tally() {
        return new Tally(true, true);
    }

    /**
     * A new, empty tally of hits per set that counts only the halves holding {@code dims}: the other dimensions'
     * counts come out as 0 (the Solr-like API request for four facets skips the multi-valued half).
     */
    Tally tally(Collection<String> dims) {
        boolean one = false;
        boolean many = false;
        for (String dim : dims) {
            DimRange range = dimRanges.get(dim);
            if (range != null) {
                one |= !range.multiValued();
                many |= range.multiValued();
            }
        }
        return new Tally(one, many);
    }

    /**
     * Hits per value set, kept per half until {@link #counts}: one search's, not thread-safe. Summing through the
     * halves gives the counts adding each set's values would give, each half's values added once. A half left
     * out ({@link #tally(Collection)}) has no array and counts nothing.
     */
    final class Tally {
        private final int[] one;
        private final int[] many;

        private Tally(boolean countOne, boolean countMany) {
            one = countOne ? new int[oneValued.rows()] : null;
            many = countMany ? new int[manyValued.rows()] : null;
        }

        /** Counts {@code times} hits of {@code set}. */
        void add(int set, int times) {
            if (one != null) {
                one[oneOf[set]] += times;
            }
            if (many != null) {
                many[manyOf[set]] += times;
            }
        }

        /** Adds the hits of {@code other}, a tally of the same columns and halves. */
        void addAll(Tally other) {
            addInto(one, other.one);
            addInto(many, other.many);
        }

        private static void addInto(int[] into, int[] from) {
            if (into != null) {
                for (int r = 0; r < into.length; r++) {
                    into[r] += from[r];
                }
            }
        }

        /**
         * Counts per global ordinal of the hits added, of {@code dim}'s values only (0 for every other value): what
         * a dimension's sideways counts need, reading only the half that holds the dimension.
         */
        int[] counts(String dim) {
            int[] counts = new int[terms.length];
            DimRange range = dimRanges.get(dim);
            if (range == null) {
                return counts;
            }
            OrdinalRows rows = range.multiValued() ? manyValued : oneValued;
            int[] hits = range.multiValued() ? many : one;
            for (int r = 0; hits != null && r < hits.length; r++) {
                rows.addWithin(r, hits[r], range.from(), range.to(), counts);
            }
            return counts;
        }

        /** Counts per global ordinal of the hits added (0 for the values of a half left out). */
        int[] counts() {
            int[] counts = new int[terms.length];
            for (int r = 0; one != null && r < one.length; r++) {
                oneValued.add(r, one[r], counts);
            }
            for (int r = 0; many != null && r < many.length; r++) {
                manyValued.add(r, many[r], counts);
            }
            return counts;
        }
    }

    /** Fills {@link #setsStart} and returns the sets by ordinal, from the sets' values (counting sort). */
    private int[] invert() {
        for (int set = 0; set < oneOf.length; set++) {
            forEachValue(set, o -> setsStart[o + 1]++);
        }
        for (int o = 0; o < terms.length; o++) {
            setsStart[o + 1] += setsStart[o];
        }
        int[] byOrd = new int[setsStart[terms.length]];
        int[] next = java.util.Arrays.copyOf(setsStart, terms.length);
        for (int set = 0; set < oneOf.length; set++) {
            int s = set;
            forEachValue(set, o -> byOrd[next[o]++] = s);
        }
        return byOrd;
    }

    /** Passes each global ordinal of value set {@code set} to {@code action}. */
    void forEachValue(int set, java.util.function.IntConsumer action) {
        for (int i = oneValued.start(oneOf[set]); i < oneValued.end(oneOf[set]); i++) {
            action.accept(oneValued.ordAt(i));
        }
        for (int i = manyValued.start(manyOf[set]); i < manyValued.end(manyOf[set]); i++) {
            action.accept(manyValued.ordAt(i));
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

    /** Number of distinct value sets. */
    int sets() {
        return oneOf.length;
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

    /** An ordinal's whole value: the dimension, then each path component, joined by the facet delimiter. */
    String term(int ordinal) {
        return terms[ordinal];
    }

    /** The last path component of an ordinal's value. */
    String label(int ordinal) {
        String t = terms[ordinal];
        return t.substring(t.lastIndexOf(FacetsConfig.DELIM_CHAR) + 1);
    }

    /**
     * A dimension's values are the global ordinals {@code from} to {@code to - 1}: every value starts with the
     * dimension and the delimiter, so they sort together. A multi-valued dimension's are in {@link #manyValued}.
     */
    private record DimRange(int from, int to, boolean multiValued) {
    }

    private static Map<String, DimRange> dimRangesOf(String[] terms, boolean[] multi) {
        Map<String, DimRange> ranges = new HashMap<>();
        for (int o = 0; o < terms.length; o++) {
            int cut = terms[o].indexOf(FacetsConfig.DELIM_CHAR);
            if (cut > 0) {
                ranges.merge(terms[o].substring(0, cut), new DimRange(o, o + 1, multi[o]),
                        (was, next) -> new DimRange(was.from(), next.to(), was.multiValued()));
            }
        }
        return ranges;
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

    /** The distinct halves of one kind seen while building, numbered in order of first sight; not thread-safe. */
    private static final class Halves {
        private final OrdinalRows.Builder rows;
        private int[] picked = new int[16];

        Halves(int distinctOrdinals) {
            rows = OrdinalRows.builder(distinctOrdinals);
        }

        /** The id of the half of {@code ords[0..n)} whose {@code multi} flag equals {@code manyValued}. */
        int idOf(int[] ords, int n, boolean[] multi, boolean manyValued) {
            if (picked.length < n) {
                picked = new int[n];
            }
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (multi[ords[i]] == manyValued) {
                    picked[k++] = ords[i];
                }
            }
            return rows.intern(picked, k);
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

        int[] toInts() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
