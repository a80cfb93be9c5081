package org.policyportal.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;

/**
 * Prints, per indexed field of an index's live generation, its distinct terms, the documents over all its terms
 * and its postings (positions where the field has them, else documents), largest first, then the totals. It shows
 * where an index's writing work goes: each posting is written while indexing and encoded again at the flush.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.policyportal.bench.FieldPostings INDEX_ROOT</pre>
 */
public final class FieldPostings {

    private FieldPostings() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FieldPostings INDEX_ROOT");
            System.exit(2);
        }
        try (DirectoryReader reader = LiveIndex.open(args[0])) {
            record Row(String field, long terms, long docs, long postings) {
            }
            List<Row> rows = new ArrayList<>();
            for (FieldInfo fi : FieldInfos.getMergedFieldInfos(reader)) {
                Terms t = MultiTerms.getTerms(reader, fi.name);
                if (t != null) {
                    rows.add(new Row(fi.name, t.size(), t.getSumDocFreq(), t.getSumTotalTermFreq()));
                }
            }
            rows.sort((a, b) -> Long.compare(b.postings(), a.postings()));
            System.out.printf("index documents %,d%n%-24s %12s %14s %14s%n", reader.maxDoc(), "field", "terms",
                    "docs", "postings");
            long docs = 0;
            long postings = 0;
            for (Row r : rows) {
                System.out.printf("%-24s %,12d %,14d %,14d%n", r.field(), r.terms(), r.docs(), r.postings());
                docs += r.docs();
                postings += r.postings();
            }
            System.out.printf("%-24s %12s %,14d %,14d%n", "all", "", docs, postings);
        }
    }
}
