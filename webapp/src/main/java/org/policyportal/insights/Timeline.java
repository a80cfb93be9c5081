package org.policyportal.insights;

import java.util.List;

/**
 * Documents mentioning one standard, by year, among the documents matching a search.
 *
 * @param standard    the standard id
 * @param label       its display label
 * @param years       every year from the first to the last with documents (gaps filled with zero), ascending
 * @param unknownYear matching documents without a year
 * @param total       all matching documents, with or without a year
 */
public record Timeline(String standard, String label, List<YearCount> years, long unknownYear, long total) {

    public Timeline {
        years = List.copyOf(years);
    }

    /**
     * @param year      the year
     * @param documents documents of that year
     * @param url       the search for them
     */
    public record YearCount(int year, long documents, String url) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public long max() {
        return years.stream().mapToLong(YearCount::documents).max().orElse(0);
    }
}
