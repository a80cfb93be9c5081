package org.policyportal.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.IndexAccess;
import org.policyportal.search.IndexSearchers;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;

/**
 * The newest documents matching a search, for its Atom feed: by year (newest first), then by index date (newest
 * first), then by id. The index sorts by year; the documents of the newest years (up to {@value #CANDIDATES}) are
 * then ordered by index date, which is stored only.
 *
 * <p>Thread-safe: stateless apart from the thread-safe {@link IndexAccess}.
 */
public final class NewestDocuments {

    public static final int MAX_LIMIT = 100;
    private static final int CANDIDATES = 1_000;
    private static final Sort BY_YEAR = new Sort(new SortField(IndexSchema.YEAR_SORT, SortField.Type.LONG, true));

    private final IndexAccess access;

    public NewestDocuments(IndexAccess access) {
        this.access = access;
    }

    public List<FeedEntry> newest(SearchRequest request, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        Optional<IndexSearchers.Lease> lease = access.acquire();
        if (lease.isEmpty()) {
            return List.of();
        }
        try (IndexSearchers.Lease l = lease.get()) {
            var searcher = l.generation().searcher();
            ScoreDoc[] top = searcher.search(access.query(l.generation(), request.withMode(SearchMode.DOCUMENTS)),
                    CANDIDATES, BY_YEAR).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<FeedEntry> entries = new ArrayList<>();
            for (ScoreDoc sd : top) {
                Document d = stored.document(sd.doc);
                PolicyDocument doc = access.mapper().readDocument(d);
                var m = doc.metadata();
                entries.add(new FeedEntry(doc.id(), m.title(), m.country(), m.issuingBody(), m.year(), m.language(),
                        DocumentMapper.readStandards(d), doc.indexedAt(), "/documents/" + doc.id()));
            }
            entries.sort(Comparator.comparing((FeedEntry e) -> e.year() == null ? Integer.MIN_VALUE : e.year())
                    .thenComparing(FeedEntry::indexedAt).reversed().thenComparing(FeedEntry::id));
            return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("loading the newest documents failed", e);
        }
    }
}
