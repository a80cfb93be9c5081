package org.policyportal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

/**
 * The stored fields of one generation's documents, with the recently read ones kept on the heap (like Solr's
 * document cache). Reading a stored document decompresses the LZ4 block that holds it: on corpus-real that was
 * 15 % of a cold search's CPU, for the ten parents and the snippet clauses of each page, and the same popular
 * documents come back page after page. Kept per generation, so a swapped-out index is never read from.
 *
 * <p>Thread-safe. The documents handed out are shared: callers must only read them.
 */
final class StoredDocuments {

    /** Heap for cached documents per generation: a few thousand clauses and parents. */
    static final long DEFAULT_BYTES = 16L << 20;

    private final IndexReader reader;
    private final Cache<Integer, Document> cache;
    private final AtomicLong reads = new AtomicLong();

    /** @param maxBytes about how many bytes of documents to keep; 0 keeps none */
    StoredDocuments(IndexReader reader, long maxBytes) {
        this.reader = reader;
        this.cache = maxBytes == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Integer doc, Document d) -> weight(d))
                .build();
    }

    /** The stored document {@code doc}. */
    Document document(int doc) throws IOException {
        return documents(List.of(doc)).get(doc);
    }

    /**
     * The stored documents of {@code docs} (repeats allowed), by doc id. Those not kept are read in doc id order
     * with one reader, so neighbours in one compressed block are located once.
     */
    Map<Integer, Document> documents(Collection<Integer> docs) throws IOException {
        Map<Integer, Document> out = new HashMap<>();
        SortedSet<Integer> missing = new TreeSet<>();
        for (int d : docs) {
            Document kept = cache == null ? null : cache.getIfPresent(d);
            if (kept != null) {
                out.put(d, kept);
            } else {
                missing.add(d);
            }
        }
        if (!missing.isEmpty()) {
            StoredFields stored = reader.storedFields();
            for (int d : missing) {
                Document read = stored.document(d);
                reads.incrementAndGet();
                out.put(d, read);
                if (cache != null) {
                    cache.put(d, read);
                }
            }
        }
        return out;
    }

    /** How many documents were read from the index (not from the heap) so far. */
    long reads() {
        return reads.get();
    }

    /** Rough heap size of a stored document: its strings and a fixed cost per field. */
    private static int weight(Document d) {
        long w = 64;
        for (IndexableField f : d.getFields()) {
            String s = f.stringValue();
            w += 48 + (s == null ? 16 : 2L * s.length());
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }
}
