package org.policyportal.search;

import java.util.Objects;
import org.apache.lucene.search.join.BitSetProducer;

/**
 * What a query is parsed for: parent documents or clauses, with the index's parent filter (block joins go both
 * ways: clause-level fields such as {@code ref:} are joined up to documents, and document-level fields such as the
 * title are joined down to clauses) and whether the index has word pairs ({@link SearcherGeneration#wordPairs()}).
 *
 * @param documents true to match parent documents, false to match clauses
 * @param parents   the parent filter of the searched index
 * @param wordPairs the index has word-pair fields, which document phrases then use
 */
public record SearchTarget(boolean documents, BitSetProducer parents, boolean wordPairs) {

    public SearchTarget {
        Objects.requireNonNull(parents, "parents");
    }

    /** Parent documents, without word pairs. */
    public static SearchTarget documents(BitSetProducer parents) {
        return new SearchTarget(true, parents, false);
    }

    /** Clauses (which have no word pairs). */
    public static SearchTarget clauses(BitSetProducer parents) {
        return new SearchTarget(false, parents, false);
    }
}
