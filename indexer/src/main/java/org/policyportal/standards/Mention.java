package org.policyportal.standards;

/**
 * One occurrence of a standard in a clause.
 *
 * @param standardId canonical registry id
 * @param category   the standard's category
 * @param version    normalised version when the text states one, else null
 * @param start      offset of the first char in the clause text
 * @param end        offset after the last char (exclusive)
 * @param matched    the text at [start, end)
 * @param strength   how strongly the clause demands it
 * @param deprecated the mention names a deprecated version
 */
public record Mention(String standardId, Category category, String version, int start, int end,
                      String matched, Strength strength, boolean deprecated) {
}
