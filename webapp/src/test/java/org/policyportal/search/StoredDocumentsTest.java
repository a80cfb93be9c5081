package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.Test;

/** Stored documents come back equal to a direct read, each read from the index once while it is kept. */
class StoredDocumentsTest extends SearchFixture {

    @Test
    void keptDocumentsEqualDirectReadsAndAreReadOnce() throws Exception {
        try (IndexSearchers.Lease lease = service.indexAccess().acquire().orElseThrow()) {
            IndexReader reader = lease.generation().searcher().getIndexReader();
            StoredFields direct = reader.storedFields();
            StoredDocuments stored = new StoredDocuments(reader, 1 << 20);
            List<Integer> docs = List.of(5, 0, 3, 5, reader.maxDoc() - 1);

            Map<Integer, Document> first = stored.documents(docs);
            assertThat(first).containsOnlyKeys(0, 3, 5, reader.maxDoc() - 1);
            for (int d : first.keySet()) {
                assertThat(first.get(d).toString()).isEqualTo(direct.document(d).toString());
            }
            assertThat(stored.reads()).isEqualTo(4);

            Map<Integer, Document> again = stored.documents(List.of(3, 0, 1));
            assertThat(again.get(3)).isSameAs(first.get(3));
            assertThat(again.get(1).toString()).isEqualTo(direct.document(1).toString());
            assertThat(stored.reads()).isEqualTo(5);
            assertThat(stored.document(1)).isSameAs(again.get(1));
            assertThat(stored.reads()).isEqualTo(5);
        }
    }

    @Test
    void withNoRoomEveryRequestReads() throws Exception {
        try (IndexSearchers.Lease lease = service.indexAccess().acquire().orElseThrow()) {
            StoredDocuments stored = new StoredDocuments(lease.generation().searcher().getIndexReader(), 0);
            stored.documents(List.of(0, 1, 1));
            stored.documents(List.of(0));
            assertThat(stored.reads()).isEqualTo(3);
        }
    }
}
