package org.policyportal.web.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SortOrder;
import org.policyportal.web.Links;

/**
 * Reads and validates the search URL shared by {@code /search} and {@code /api/search}. Every bad value throws
 * (Javalin's {@code ValidationException} or {@link IllegalArgumentException}) with a message a person can act
 * on; the error chain turns it into a 400. Stateless and thread-safe.
 */
public final class SearchParams {

    public static final int MAX_QUERY = 500;
    public static final int MAX_SIZE = 100;
    public static final int MAX_FACET_LIMIT = 500;
    /** Deep pages cost the index as much as all pages before them; nobody reads page 500. */
    public static final int MAX_WINDOW = 10_000;
    public static final int EXPANDED_FACET_LIMIT = 100;
    private static final int MAX_VALUES = 50;
    private static final int MAX_VALUE_LENGTH = 200;
    private static final Set<String> YES_NO = Set.of(IndexSchema.YES, IndexSchema.NO);
    private static final Set<String> STRENGTHS = Set.of("required", "recommended", "mentioned");

    private SearchParams() {
    }

    public static SearchState parse(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class)
                .check(s -> s == null || s.length() <= MAX_QUERY, "q must be at most " + MAX_QUERY + " characters")
                .getOrDefault("").strip();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : IndexSchema.DIMENSIONS) {
            List<String> values = filterValues(ctx, dim);
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        Integer yearFrom = year(ctx, "yearFrom");
        Integer yearTo = year(ctx, "yearTo");
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("yearFrom (" + yearFrom + ") must not be after yearTo (" + yearTo + ")");
        }
        String modeParam = ctx.queryParam("mode");
        SearchMode mode = blank(modeParam) ? SearchMode.DOCUMENTS : SearchMode.fromParam(modeParam);
        String sortParam = ctx.queryParam("sort");
        SortOrder sort = blank(sortParam) ? SortOrder.RELEVANCE : SortOrder.fromParam(sortParam);
        int size = intParam(ctx, "size", s -> s >= 1 && s <= MAX_SIZE, "size must be between 1 and " + MAX_SIZE,
                SearchRequest.DEFAULT_SIZE);
        int page = intParam(ctx, "page", p -> p >= 1, "page must be 1 or more", 1);
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page is too deep: only the first " + MAX_WINDOW
                    + " results can be paged through; narrow the search with filters");
        }
        int facetLimit = intParam(ctx, "facetLimit", f -> f >= 1 && f <= MAX_FACET_LIMIT,
                "facetLimit must be between 1 and " + MAX_FACET_LIMIT, SearchRequest.DEFAULT_FACET_LIMIT);
        Set<String> more = new LinkedHashSet<>();
        for (String dim : ctx.queryParams("more")) {
            if (!IndexSchema.DIMENSIONS.contains(dim)) {
                throw new IllegalArgumentException("more must name a filter, one of " + IndexSchema.DIMENSIONS);
            }
            more.add(dim);
        }
        return new SearchState(q, filters, yearFrom, yearTo, mode, sort, page, size, facetLimit, more,
                Links.isLarge(ctx));
    }

    /**
     * The API's {@code facets}: the dimensions to count and return, repeated or comma-separated
     * ({@code facets=country,year}); empty when absent, which means all of them. The page always shows every facet.
     */
    public static List<String> facets(Context ctx) {
        Set<String> dims = new LinkedHashSet<>();
        for (String raw : ctx.queryParams("facets")) {
            for (String dim : raw.split(",", -1)) {
                String d = dim.strip();
                if (d.isEmpty()) {
                    continue;
                }
                if (!IndexSchema.DIMENSIONS.contains(d)) {
                    throw new IllegalArgumentException("facets must name facet dimensions, from "
                            + String.join(", ", IndexSchema.DIMENSIONS) + " (got '" + abbreviate(d) + "')");
                }
                dims.add(d);
            }
        }
        return List.copyOf(dims);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static List<String> filterValues(Context ctx, String dim) {
        List<String> raw = ctx.queryParams(dim);
        if (raw.size() > MAX_VALUES) {
            throw new IllegalArgumentException("at most " + MAX_VALUES + " values of " + dim + " can be selected");
        }
        List<String> values = new ArrayList<>();
        for (String v : raw) {
            String value = v.strip();
            if (value.isEmpty() || values.contains(value)) {
                continue;
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException(dim + " values must be at most " + MAX_VALUE_LENGTH + " characters");
            }
            checkValue(dim, value);
            values.add(value);
        }
        return values;
    }

    private static void checkValue(String dim, String value) {
        boolean ok = switch (dim) {
            case IndexSchema.DIM_YEAR -> value.matches("\\d{4}");
            case IndexSchema.DIM_DIGITAL, IndexSchema.DIM_SECURITY, IndexSchema.DIM_SECURITY_STANDARDS ->
                    YES_NO.contains(value);
            case IndexSchema.DIM_STRENGTH -> STRENGTHS.contains(value);
            default -> true;
        };
        if (!ok) {
            String expected = switch (dim) {
                case IndexSchema.DIM_YEAR -> "a four-digit year";
                case IndexSchema.DIM_STRENGTH -> "required, recommended or mentioned";
                default -> "yes or no";
            };
            throw new IllegalArgumentException(dim + " must be " + expected + " (got '" + value + "')");
        }
    }

    private static Integer year(Context ctx, String name) {
        return intParam(ctx, name, y -> y >= 1000 && y <= 9999, name + " must be a four-digit year", null);
    }

    /**
     * An optional whole-number query parameter: {@code fallback} when absent or empty (the year-range form submits
     * {@code yearFrom=}: "not given", not "not a number"), else the number, which must pass {@code check}; a
     * non-number or a failed check is a 400 with {@code message}.
     */
    public static Integer intParam(Context ctx, String name, IntPredicate check, String message, Integer fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return ctx.queryParamAsClass(name, Integer.class).check(v -> check.test(v), message).get();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
