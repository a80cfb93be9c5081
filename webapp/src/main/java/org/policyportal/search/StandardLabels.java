package org.policyportal.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.standards.Category;

/**
 * Display labels for standards and their categories. The portal plugs in the standards registry with one line:
 * <pre>{@code
 * StandardLabels labels = StandardLabels.from(registry.all().stream()
 *         .map(s -> new StandardRef(s.id(), s.label(), s.category().id())).toList());
 * }</pre>
 * Until then {@link #fallback()} shows standard ids and the {@link Category} labels.
 *
 * <p>Implementations must be thread-safe; the search service calls them concurrently.
 */
public interface StandardLabels {

    /** The label of a standard; the id itself when unknown. */
    String label(String standardId);

    /** The label of a category id; the id itself when unknown. */
    String categoryLabel(String categoryId);

    /** The category id of a standard, or null when unknown. */
    String categoryOf(String standardId);

    /** Every known standard (may be empty). */
    List<StandardRef> all();

    /** Ids as labels for standards, {@link Category#label()} for categories. */
    static StandardLabels fallback() {
        return from(List.of());
    }

    /** Labels from a list of standards; categories are labelled by {@link Category}. */
    static StandardLabels from(Collection<StandardRef> standards) {
        Map<String, StandardRef> byId = new LinkedHashMap<>();
        standards.forEach(s -> byId.put(s.id(), s));
        List<StandardRef> all = byId.values().stream().sorted(Comparator.comparing(StandardRef::id)).toList();
        return new StandardLabels() {
            @Override
            public String label(String standardId) {
                StandardRef s = byId.get(standardId);
                return s == null ? standardId : s.label();
            }

            @Override
            public String categoryLabel(String categoryId) {
                return Arrays.stream(Category.values()).filter(c -> c.id().equals(categoryId)).findFirst()
                        .map(Category::label).orElse(categoryId);
            }

            @Override
            public String categoryOf(String standardId) {
                StandardRef s = byId.get(standardId);
                return s == null ? null : s.category();
            }

            @Override
            public List<StandardRef> all() {
                return all;
            }
        };
    }
}
