package org.policyportal.insights;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cell of the compare matrix: the clauses of one row value (country or issuing body) that mention one column
 * (standard or category), among the clauses matching the current search.
 *
 * @param documents documents with at least one such clause, each counted under its strongest strength
 * @param clauses   such clauses, each counted under the strongest strength of its mention(s) of the column
 * @param firstYear earliest year among those clauses' documents, or null when none has a year
 * @param heat      CSS heat class by quantile of the clause count ({@code heat-0} .. {@code heat-4})
 * @param url       the clause search behind the cell ({@code /search?mode=clauses&...})
 */
public record CompareCell(StrengthCounts documents, StrengthCounts clauses, Integer firstYear, String heat,
                          String url) {

    @JsonProperty("documentCount")
    public long documentCount() {
        return documents.total();
    }

    @JsonProperty("clauseCount")
    public long clauseCount() {
        return clauses.total();
    }

    @JsonIgnore
    public boolean empty() {
        return clauses.total() == 0;
    }
}
