package org.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;

/**
 * One opened index generation with everything derived from it: searcher, facet state, parent bit sets,
 * highlighters and the facet catalog. Derived state lives and dies with the generation, so a swap can never
 * serve stale derived data.
 *
 * <p>The facet catalog is built on first use (then kept): counting every document's facets is a large part of
 * opening a generation, and the server can answer {@code /health} without it. {@link IndexSearchers} builds it
 * before a replacing generation goes live, and right after the first one does.
 *
 * <p>Reference counted through the reader: the owner ({@link IndexSearchers}) holds one reference, each
 * in-flight request another; the reader and its directory close when the count reaches zero. Thread-safe.
 */
public final class SearcherGeneration {

    private final String name;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Runs the segment tasks of request searches; null: on the request's thread. */
    private final Executor segmentExecutor;
    /** Slices a parallel request search is cut into at most ({@link SegmentSlices}): the executor's threads. */
    private final int segmentThreads;
    /** Index documents per slice at least. */
    private final int minDocsPerSlice;
    /** {@link #searcher} with {@link #segmentExecutor}, for searches without a time limit. */
    private final IndexSearcher parallel;
    private final StoredDocuments stored;
    private final SortedSetDocValuesReaderState documentFacets;
    private final SortedSetDocValuesReaderState clauseFacets;
    private final BitSetProducer parents;
    private final Highlighting highlighting;
    private final TermStatesCache termStates;
    private final StandardLabels labels;
    private final Object catalogLock = new Object();
    /** Null until first built; written once under {@link #catalogLock}. */
    private volatile FacetCatalog catalog;
    private final long documents;
    private final long clauses;
    private final boolean wordPairs;
    private final Instant publishedAt;
    private final Instant loadedAt;
    private volatile FacetColumns parentColumns;
    private volatile FacetColumns clauseColumns;

    private SearcherGeneration(Path dir, DirectoryReader reader, IndexSchema schema, StandardLabels labels,
                               Executor segmentExecutor, int segmentThreads, int minDocsPerSlice)
            throws IOException {
        this.name = dir.getFileName().toString();
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.segmentExecutor = segmentExecutor;
        this.segmentThreads = segmentThreads;
        this.minDocsPerSlice = minDocsPerSlice;
        this.parallel = segmentExecutor == null ? searcher
                : SegmentSlices.searcher(reader, segmentExecutor, segmentThreads, minDocsPerSlice);
        this.stored = new StoredDocuments(reader, StoredDocuments.DEFAULT_BYTES);
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        this.documentFacets = facetState(reader, fields, schema, true);
        this.clauseFacets = facetState(reader, fields, schema, false);
        this.parents = new QueryBitSetProducer(IndexSchema.parentsQuery());
        this.highlighting = new Highlighting(searcher, schema.analyzer());
        this.termStates = new TermStatesCache(searcher);
        this.labels = labels;
        this.documents = searcher.count(IndexSchema.parentsQuery());
        this.clauses = searcher.count(IndexSchema.clausesQuery());
        this.wordPairs = hasWordPairs(fields);
        Path pointer = dir.getParent().resolve(IndexLayout.CURRENT);
        this.publishedAt = Files.getLastModifiedTime(Files.exists(pointer) ? pointer : dir).toInstant();
        this.loadedAt = Instant.now();
    }

    /** Opens {@code dir} and builds the derived state; the caller owns the one initial reference. */
    static SearcherGeneration open(Path dir, IndexSchema schema, StandardLabels labels) throws IOException {
        return open(dir, schema, labels, null, 1, SegmentSlices.MIN_DOCS_PER_SLICE);
    }

    /**
     * As above; parallel request searchers ({@link #searcher(QueryTimeout, boolean)}) run segment tasks on
     * {@code executor}, in at most {@code threads} slices of at least {@code minDocsPerSlice} index documents.
     */
    static SearcherGeneration open(Path dir, IndexSchema schema, StandardLabels labels, Executor executor,
                                   int threads, int minDocsPerSlice) throws IOException {
        Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = null;
        try {
            reader = DirectoryReader.open(directory);
            // the directory belongs to this reader alone: close it with the reader's last reference
            reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
            reader = HeapNormsReader.wrap(reader);
            return new SearcherGeneration(dir, reader, schema, labels, executor, threads, minDocsPerSlice);
        } catch (IOException | RuntimeException e) {
            if (reader != null) {
                reader.close();
            } else {
                directory.close();
            }
            throw e;
        }
    }

    /** The facet state of parents or clauses; null when no document of that kind has facet values. */
    private static SortedSetDocValuesReaderState facetState(DirectoryReader reader, FieldInfos fields,
                                                            IndexSchema schema, boolean documents)
            throws IOException {
        String field = IndexSchema.facetsField(documents);
        FieldInfo fi = fields.fieldInfo(field);
        return fi != null && fi.getDocValuesType() == DocValuesType.SORTED_SET
                ? new DefaultSortedSetDocValuesReaderState(reader, field, schema.facetsConfig(documents)) : null;
    }

    /**
     * Whether the index has word-pair fields (index version 5 on). An older index has none in any segment: a version
     * change rebuilds in full, so a generation never mixes segments with and without pairs.
     */
    private static boolean hasWordPairs(FieldInfos fields) {
        for (FieldInfo f : fields) {
            if (f.getName().startsWith(IndexSchema.DOC_PAIRS_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** Whether document phrases may use word pairs ({@link IndexSchema#DOC_PAIRS_PREFIX}); see {@link #hasWordPairs}. */
    boolean wordPairs() {
        return wordPairs;
    }

    boolean tryIncRef() {
        return reader.tryIncRef();
    }

    void decRef() throws IOException {
        reader.decRef();
    }

    /** Current reference count; 0 once closed. */
    public int refCount() {
        return reader.getRefCount();
    }

    public String name() {
        return name;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /**
     * The searcher of a request's main search: a fresh one that gives up when {@code timeout} says so (null:
     * never). Lucene keeps the "timed out" flag per searcher, so each request needs its own; creating one is
     * cheap. {@code parallel} (and a segment executor): it searches slices of segments side by side, for a request
     * that has the processors to itself; the small follow-up searches of a request use {@link #searcher()}: for
     * them the hand-off would cost more than it saves.
     */
    IndexSearcher searcher(QueryTimeout timeout, boolean parallel) {
        boolean split = parallel && segmentExecutor != null;
        if (timeout == null) {
            return split ? this.parallel : searcher;
        }
        IndexSearcher s = split ? SegmentSlices.searcher(reader, segmentExecutor, segmentThreads, minDocsPerSlice)
                : new IndexSearcher(reader);
        s.setTimeout(timeout);
        return s;
    }

    /**
     * The executor that runs parts of a request beside its own thread, or null: without a segment executor, and on
     * an index too small to be searched in slices ({@link SegmentSlices}), where the hand-off costs more than the
     * second thread saves (20,000 documents, in-process with two threads: counting beside the page took 1.02-1.15
     * times as long as both on one thread).
     */
    Executor sideExecutor() {
        return segmentExecutor != null && reader.maxDoc() / minDocsPerSlice >= 2 ? segmentExecutor : null;
    }

    /** Stored documents of this generation, the recently read ones from the heap. */
    StoredDocuments stored() {
        return stored;
    }

    /** Facet state of parents ({@code documents}) or clauses, or null when the index holds none (empty). */
    SortedSetDocValuesReaderState facetState(boolean documents) {
        return documents ? documentFacets : clauseFacets;
    }

    /**
     * The facet values of the parents ({@code documents}) or of the clauses on the heap, built on first use (the
     * background warm-up asks first, so users rarely wait); null when the index holds no facets.
     */
    FacetColumns facetColumns(boolean documents) throws IOException {
        FacetColumns c = documents ? parentColumns : clauseColumns;
        SortedSetDocValuesReaderState state = facetState(documents);
        if (c == null && state != null) {
            synchronized (this) {
                c = documents ? parentColumns : clauseColumns;
                if (c == null) {
                    c = FacetColumns.build(reader, state, parents, documents);
                    if (documents) {
                        parentColumns = c;
                    } else {
                        clauseColumns = c;
                    }
                }
            }
        }
        return c;
    }

    BitSetProducer parents() {
        return parents;
    }

    /** What a query parsed for this generation's documents ({@code documents}) or clauses runs against. */
    SearchTarget target(boolean documents) {
        return new SearchTarget(documents, parents, documents && wordPairs);
    }

    /** States of recently searched terms in this generation, for {@link TermStatesCache#apply}. */
    TermStatesCache termStates() {
        return termStates;
    }

    Highlighting highlighting() {
        return highlighting;
    }

    /**
     * The facet catalog, built by the first caller (others wait for it). Call only while holding a reference.
     *
     * @throws UncheckedIOException when reading the facets fails (the next call tries again)
     */
    FacetCatalog catalog() {
        FacetCatalog built = catalog;
        if (built != null) {
            return built;
        }
        synchronized (catalogLock) {
            if (catalog == null) {
                try {
                    catalog = documentFacets == null ? FacetCatalog.empty()
                            : FacetCatalog.build(searcher, documentFacets, labels);
                } catch (IOException e) {
                    throw new UncheckedIOException("building the facet catalog of " + name + " failed", e);
                }
            }
            return catalog;
        }
    }

    IndexStats stats() {
        return new IndexStats(name, documents, clauses, publishedAt, loadedAt);
    }
}
