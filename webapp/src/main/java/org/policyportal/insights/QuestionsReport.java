package org.policyportal.insights;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many documents answer yes to each research question, by country, for one search.
 *
 * @param rows      one row per country, most documents first
 * @param totals    the same counts over all countries
 * @param evidence  documents answering yes to at least one question, with the clauses that decided each answer
 *                  (at most {@link QuestionsService#MAX_EVIDENCE_DOCUMENTS})
 * @param truncated more documents answered yes than {@code evidence} lists
 */
public record QuestionsReport(List<Row> rows, Row totals, List<DocumentEvidence> evidence, boolean truncated) {

    public QuestionsReport {
        rows = List.copyOf(rows);
        evidence = List.copyOf(evidence);
    }

    /**
     * An unmodifiable copy that iterates in question order. {@code Map.copyOf} iterates in an order that changes
     * with every JVM run, so the JSON API's keys came out in a different order after each restart.
     */
    static <V> Map<Question, V> inQuestionOrder(Map<Question, V> map) {
        EnumMap<Question, V> ordered = new EnumMap<>(Question.class);
        map.forEach((q, v) -> ordered.put(Objects.requireNonNull(q), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * @param country   country code ({@code ""} for the totals row)
     * @param label     display name
     * @param documents documents of the row matching the search
     * @param yes       per question, documents answering yes
     * @param url       the search for the row's documents
     * @param yesUrls   per question, the search for the documents answering yes
     */
    public record Row(String country, String label, long documents, Map<Question, Long> yes, String url,
                      Map<Question, String> yesUrls) {
        public Row {
            yes = inQuestionOrder(yes);
            yesUrls = inQuestionOrder(yesUrls);
        }

        /** For templates: the yes count of a question key. */
        public long yesOf(String key) {
            return yes.getOrDefault(Question.valueOf(key.toUpperCase(java.util.Locale.ROOT)), 0L);
        }

        public String urlOf(String key) {
            return yesUrls.getOrDefault(Question.valueOf(key.toUpperCase(java.util.Locale.ROOT)), "");
        }
    }

    /**
     * @param id        document id
     * @param title     title (escape when rendering)
     * @param country   country code
     * @param url       the document page
     * @param evidence  per question answered yes, the clause ordinals that decided it (may be empty)
     */
    public record DocumentEvidence(String id, String title, String country, String url,
                                   Map<Question, List<Integer>> evidence) {
        public DocumentEvidence {
            evidence = inQuestionOrder(evidence);
        }

        public boolean answers(String key) {
            return evidence.containsKey(Question.valueOf(key.toUpperCase(java.util.Locale.ROOT)));
        }

        public List<Integer> evidenceOf(String key) {
            return evidence.getOrDefault(Question.valueOf(key.toUpperCase(java.util.Locale.ROOT)), List.of());
        }
    }
}
