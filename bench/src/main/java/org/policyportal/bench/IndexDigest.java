package org.policyportal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.policyportal.index.IndexSchema;

/**
 * Writes one line per index document: its key (a clause's id, else its policy's id) and a digest of what the index
 * holds for it: every indexed term with its frequency, positions and offsets, every norm, doc value and point, every
 * stored value but the indexing time. Two
 * builds of one corpus hold the same index exactly when their files are equal, whatever order the indexing threads
 * and merges left the documents in. It backs claims that an indexing change leaves the index as it was.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.policyportal.bench.IndexDigest
 *     INDEX_ROOT OUT_FILE</pre>
 */
public final class IndexDigest {

    private IndexDigest() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IndexDigest INDEX_ROOT OUT_FILE");
            System.exit(2);
        }
        try (DirectoryReader reader = LiveIndex.open(args[0]);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            Map<String, Long> byKey = new TreeMap<>();
            long postings = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                long[] digest = new long[leaf.reader().maxDoc()];
                postings += addPostingsAndNorms(leaf.reader(), digest);
                addDocValuesAndPoints(leaf.reader(), digest);
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < digest.length; doc++) {
                    Document d = stored.document(doc);
                    for (IndexableField f : d.getFields()) {
                        if (f.name().equals(IndexSchema.INDEXED_AT)) {
                            continue; // the build's clock, not its content
                        }
                        Object value = f.stringValue() != null ? f.stringValue()
                                : f.numericValue() != null ? f.numericValue() : f.binaryValue();
                        digest[doc] += mix(hash(f.name()) * 31 + hash(String.valueOf(value)));
                    }
                    String key = d.get(IndexSchema.CLAUSE_ID) != null ? d.get(IndexSchema.CLAUSE_ID)
                            : "doc:" + d.get(IndexSchema.DOC_ID);
                    if (byKey.put(key, digest[doc]) != null) {
                        throw new IllegalStateException("two documents with key " + key);
                    }
                }
            }
            long all = 0;
            for (Map.Entry<String, Long> e : byKey.entrySet()) {
                out.printf("%s %016x%n", e.getKey(), e.getValue());
                all = all * 31 + e.getValue();
            }
            System.out.printf("%d documents, %d postings, digest %016x%n", byKey.size(), postings, all);
        }
    }

    /** Adds each document's postings and norms to its digest; returns the number of postings read. */
    private static long addPostingsAndNorms(LeafReader reader, long[] digest) throws IOException {
        long count = 0;
        for (FieldInfo fi : reader.getFieldInfos()) {
            if (fi.getIndexOptions() == IndexOptions.NONE) {
                continue;
            }
            long fieldHash = hash(fi.name);
            if (fi.hasNorms()) {
                NumericDocValues norms = reader.getNormValues(fi.name);
                for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    digest[doc] += mix(fieldHash * 17 + norms.longValue());
                }
            }
            Terms terms = reader.terms(fi.name);
            if (terms == null) {
                continue;
            }
            boolean positions = fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                long termHash = fieldHash * 31 + hash(term.utf8ToString());
                pe = te.postings(pe, PostingsEnum.ALL);
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    long h = termHash * 31 + pe.freq();
                    if (positions) {
                        for (int i = 0; i < pe.freq(); i++) {
                            h = h * 31 + pe.nextPosition();
                            h = h * 31 + pe.startOffset();
                            h = h * 31 + pe.endOffset();
                        }
                    }
                    digest[doc] += mix(h);
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Adds each document's doc values (a multi-valued field's values as a set: their sum does not depend on their
     * order) and its points.
     */
    private static void addDocValuesAndPoints(LeafReader reader, long[] digest) throws IOException {
        for (FieldInfo fi : reader.getFieldInfos()) {
            long fieldHash = hash(fi.name);
            switch (fi.getDocValuesType()) {
                case NUMERIC -> {
                    NumericDocValues dv = reader.getNumericDocValues(fi.name);
                    for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                        digest[doc] += mix(fieldHash * 13 + dv.longValue());
                    }
                }
                case SORTED_SET -> {
                    SortedSetDocValues dv = reader.getSortedSetDocValues(fi.name);
                    for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                        for (int i = 0; i < dv.docValueCount(); i++) {
                            digest[doc] += mix(fieldHash * 7 + hash(dv.lookupOrd(dv.nextOrd()).utf8ToString()));
                        }
                    }
                }
                case NONE -> { }
                default -> throw new IllegalStateException("no digest for " + fi.getDocValuesType() + " doc values");
            }
            if (fi.getPointDimensionCount() > 0) {
                reader.getPointValues(fi.name).intersect(new PointValues.IntersectVisitor() {
                    @Override
                    public void visit(int doc) {
                        throw new IllegalStateException("every cell is visited value by value");
                    }

                    @Override
                    public void visit(int doc, byte[] packed) {
                        digest[doc] += mix(fieldHash * 5 + hash(new BytesRef(packed).toString()));
                    }

                    @Override
                    public PointValues.Relation compare(byte[] min, byte[] max) {
                        return PointValues.Relation.CELL_CROSSES_QUERY;
                    }
                });
            }
        }
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; s != null && i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** A bit mixer, so that summing per-document parts does not let equal parts cancel out. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
