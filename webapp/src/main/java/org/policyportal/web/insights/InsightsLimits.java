package org.policyportal.web.insights;

import org.policyportal.web.search.SearchParams;

/**
 * Caps of the export and bulk-download routes.
 *
 * @param exportRows rows of {@code /export.csv} and {@code /export.json} (at most the search window, 10,000)
 * @param zipFiles   original files in one {@code /download.zip}
 * @param zipBytes   total bytes of original files in one {@code /download.zip}
 */
public record InsightsLimits(int exportRows, int zipFiles, long zipBytes) {

    public InsightsLimits {
        if (exportRows < 1 || exportRows > SearchParams.MAX_WINDOW) {
            throw new IllegalArgumentException("exportRows must be between 1 and " + SearchParams.MAX_WINDOW);
        }
        if (zipFiles < 1 || zipBytes < 1) {
            throw new IllegalArgumentException("zip caps must be positive");
        }
    }

    /** 10,000 rows; 200 files and 200 MB per zip. */
    public static InsightsLimits defaults() {
        return new InsightsLimits(SearchParams.MAX_WINDOW, 200, 200L * 1024 * 1024);
    }
}
