package org.policyportal.standards;

/**
 * One detected reference to a standard inside a clause.
 *
 * @param standardId registry id
 * @param category   category of the standard
 * @param version    normalised version or {@code null}: "1.2" (TLS), "2022" (ISO edition), "rev2" (NIST revision)
 * @param start      start offset into the clause text (inclusive)
 * @param end        end offset into the clause text (exclusive)
 * @param matched    the exact clause text in {@code [start, end)}, version suffix included
 * @param strength   strength of the sentence around the mention
 * @param deprecated true when the mention <em>names</em> a deprecated version or algorithm (TLS 1.0/1.1,
 *                   SSL, SHA-1, MD5, ...). This is a property of what is named, not of the clause's polarity:
 *                   "disable SSLv3" and "SSLv3 is allowed" are both deprecated=true.
 */
public record Mention(String standardId, Category category, String version, int start, int end, String matched,
                      Strength strength, boolean deprecated) {
}
