package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
import org.policyportal.metadata.Languages;

/**
 * Turns Lucene facet counts into labelled {@link FacetValue}s: per dimension the top {@code limit} values by
 * count then label, plus every selected value even beyond the limit (count 0 when it matches nothing). The
 * {@code standard} dimension lists categories, each with its standards as children.
 *
 * <p>Thread-safe: immutable.
 */
final class FacetAssembler {

    /** By count descending, then label ignoring case, then value. */
    private static final Comparator<Keyed> ORDER = Comparator.comparingLong((Keyed k) -> -k.value().count())
            .thenComparing(Keyed::lowerLabel).thenComparing(k -> k.value().value());

    private final StandardLabels labels;

    FacetAssembler(StandardLabels labels) {
        this.labels = labels;
    }

    /**
     * The dimensions {@code dims} (of {@link IndexSchema#DIMENSIONS}), in that order, each present even when
     * empty; {@code facets} may be null.
     */
    Map<String, List<FacetValue>> assemble(Facets facets, Set<String> indexedDims,
                                           Map<String, List<String>> filters, int limit, List<String> dims)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            List<String> selected = filters.getOrDefault(dim, List.of());
            boolean present = facets != null && indexedDims.contains(dim);
            out.put(dim, dim.equals(IndexSchema.DIM_STANDARD)
                    ? standards(present ? facets : null, selected, limit)
                    : flat(present ? FacetCatalog.children(facets, dim) : List.of(), selected, limit, labeller(dim)));
        }
        return out;
    }

    private static List<FacetValue> flat(List<LabelAndValue> counts, List<String> selected, int limit,
                                         UnaryOperator<String> label) {
        List<FacetValue> all = new ArrayList<>();
        for (LabelAndValue lv : counts) {
            all.add(FacetValue.leaf(lv.label, label.apply(lv.label), lv.value.longValue(), selected.contains(lv.label)));
        }
        for (String s : selected) {
            if (all.stream().noneMatch(v -> v.value().equals(s))) {
                all.add(FacetValue.leaf(s, label.apply(s), 0, true));
            }
        }
        return limit(all, limit);
    }

    private List<FacetValue> standards(Facets facets, List<String> selected, int limit) throws IOException {
        List<FacetValue> categories = new ArrayList<>();
        List<LabelAndValue> cats = facets == null ? List.of() : FacetCatalog.children(facets, IndexSchema.DIM_STANDARD);
        for (LabelAndValue cat : cats) {
            List<FacetValue> children = new ArrayList<>();
            for (LabelAndValue std : FacetCatalog.children(facets, IndexSchema.DIM_STANDARD, cat.label)) {
                children.add(FacetValue.leaf(std.label, labels.label(std.label), std.value.longValue(),
                        selected.contains(std.label)));
            }
            categories.add(new FacetValue(cat.label, labels.categoryLabel(cat.label), cat.value.longValue(),
                    selected.contains(cat.label), limit(children, limit)));
        }
        for (String s : selected) {
            boolean shown = categories.stream().anyMatch(c -> c.value().equals(s)
                    || c.children().stream().anyMatch(ch -> ch.value().equals(s)));
            if (!shown) {
                categories.add(FacetValue.leaf(s, FacetedSearch.isCategory(s) ? labels.categoryLabel(s)
                        : labels.label(s), 0, true));
            }
        }
        return limit(categories, limit);
    }

    /**
     * The first {@code limit} of {@code all} in {@link #ORDER}, then every selected value (or one with a selected
     * child) beyond them, in that order. A value whose count is below the {@code limit}-th highest count sorts after
     * at least {@code limit} others, so it can only be kept as selected: only the rest are labelled and sorted
     * (a full sort of every issuing body per request was 1.9 % of search CPU).
     */
    static List<FacetValue> limit(List<FacetValue> all, int limit) {
        long floor = countFloor(all, limit);
        List<Keyed> kept = new ArrayList<>();
        for (FacetValue v : all) {
            boolean selected = v.selected() || hasSelectedChild(v);
            if (v.count() >= floor || selected) {
                // the lower-case label once per value, not once per comparison (most counts tie on a long tail)
                kept.add(new Keyed(v, v.label().toLowerCase(Locale.ROOT), selected));
            }
        }
        kept.sort(ORDER);
        List<FacetValue> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (i < limit || kept.get(i).selected()) {
                out.add(kept.get(i).value());
            }
        }
        return out;
    }

    /** The {@code limit}-th highest count of {@code all}; the lowest possible when there are no more values. */
    private static long countFloor(List<FacetValue> all, int limit) {
        if (limit <= 0) {
            return Long.MAX_VALUE;
        }
        if (all.size() <= limit) {
            return Long.MIN_VALUE;
        }
        long[] counts = new long[all.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = all.get(i).count();
        }
        Arrays.sort(counts);
        return counts[counts.length - limit];
    }

    private static boolean hasSelectedChild(FacetValue v) {
        return v.children().stream().anyMatch(FacetValue::selected);
    }

    private static UnaryOperator<String> labeller(String dim) {
        return switch (dim) {
            case IndexSchema.DIM_COUNTRY -> Countries::name;
            case IndexSchema.DIM_LANGUAGE -> Languages::name;
            case IndexSchema.DIM_DIGITAL, IndexSchema.DIM_SECURITY, IndexSchema.DIM_SECURITY_STANDARDS ->
                    v -> v.equals(IndexSchema.YES) ? "Yes" : v.equals(IndexSchema.NO) ? "No" : v;
            case IndexSchema.DIM_STRENGTH -> v -> v.isEmpty() ? v : Character.toUpperCase(v.charAt(0)) + v.substring(1);
            default -> UnaryOperator.identity();
        };
    }

    /** A value with its sort key, and whether it or one of its children is selected (kept beyond the limit). */
    private record Keyed(FacetValue value, String lowerLabel, boolean selected) {
    }
}
