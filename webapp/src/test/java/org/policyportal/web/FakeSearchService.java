package org.policyportal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.policyportal.document.Clause;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
import org.policyportal.search.DocumentView;
import org.policyportal.search.FacetValue;
import org.policyportal.search.Hit;
import org.policyportal.search.IndexStats;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;
import org.policyportal.search.Snippet;
import org.policyportal.search.StandardRef;
import org.policyportal.search.Suggestion;
import org.policyportal.standards.Mention;

/**
 * In-memory {@link SearchService} over a few fixed documents, good enough to drive rendering, validation and a
 * browser walk: substring matching, filters with OR within / AND across dimensions, drill-sideways facet counts.
 * {@code q=boom} throws, to exercise the 500 path. Thread-safe: immutable.
 */
public final class FakeSearchService implements SearchService {

    private final List<PolicyDocument> docs;
    private final boolean healthy;

    public FakeSearchService(List<PolicyDocument> docs, boolean healthy) {
        this.docs = List.copyOf(docs);
        this.healthy = healthy;
    }

    public static FakeSearchService standard() {
        return new FakeSearchService(FakeDocuments.all(), true);
    }

    @Override
    public SearchResult search(SearchRequest r) {
        if (r.query().equals("boom")) {
            throw new IllegalStateException("secret internal detail /var/lib/index");
        }
        List<PolicyDocument> matching = docs.stream().filter(d -> matches(d, r, null)).toList();
        List<Hit> hits = new ArrayList<>();
        for (PolicyDocument d : matching) {
            List<Clause> clauses = d.clauses().stream().filter(c -> textMatch(c.text(), r.query())).toList();
            if (r.mode() == SearchMode.CLAUSES) {
                clauses.forEach(c -> hits.add(hit(d, List.of(c), r.query(), c)));
            } else {
                hits.add(hit(d, clauses.isEmpty() ? d.clauses().subList(0, 1) : clauses, r.query(), null));
            }
        }
        int from = Math.min(hits.size(), (r.page() - 1) * r.size());
        List<Hit> page = hits.subList(from, Math.min(hits.size(), from + r.size()));
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : List.of(IndexSchema.DIM_COUNTRY, IndexSchema.DIM_ISSUING_BODY, IndexSchema.DIM_YEAR,
                IndexSchema.DIM_LANGUAGE, IndexSchema.DIM_STANDARD)) {
            List<PolicyDocument> sideways = docs.stream().filter(d -> matches(d, r, dim)).toList();
            facets.put(dim, facet(dim, sideways, r.filters().getOrDefault(dim, List.of())));
        }
        List<String> notices = r.query().chars().filter(ch -> ch == '"').count() % 2 == 1
                ? List.of("Your query had unbalanced quotes; searched for the words instead.") : List.of();
        String didYouMean = r.query().equals("securty") ? "security" : null;
        return new SearchResult(hits.size(), r.page(), r.size(), 3, page, facets, notices, didYouMean);
    }

    private static boolean matches(PolicyDocument d, SearchRequest r, String ignoredDim) {
        boolean text = r.query().isBlank() || textMatch(d.metadata().title(), r.query())
                || d.clauses().stream().anyMatch(c -> textMatch(c.text(), r.query()));
        Integer year = d.metadata().year();
        boolean years = (r.yearFrom() == null || (year != null && year >= r.yearFrom()))
                && (r.yearTo() == null || (year != null && year <= r.yearTo()));
        return text && years && r.filters().entrySet().stream().filter(e -> !e.getKey().equals(ignoredDim))
                .allMatch(e -> e.getValue().stream().anyMatch(v -> values(d, e.getKey()).contains(v)));
    }

    static List<String> values(PolicyDocument d, String dim) {
        return switch (dim) {
            case IndexSchema.DIM_COUNTRY -> List.of(d.metadata().country());
            case IndexSchema.DIM_ISSUING_BODY -> List.of(d.metadata().issuingBody());
            case IndexSchema.DIM_YEAR -> d.metadata().year() == null ? List.of() : List.of(d.metadata().year().toString());
            case IndexSchema.DIM_LANGUAGE -> List.of(d.metadata().language());
            case IndexSchema.DIM_STANDARD -> d.clauses().stream().flatMap(c -> c.mentions().stream())
                    .flatMap(m -> java.util.stream.Stream.of(m.standardId(), m.category().id())).distinct().toList();
            default -> List.of();
        };
    }

    private static boolean textMatch(String text, String q) {
        return q.isBlank() || text.toLowerCase(Locale.ROOT).contains(q.replace("\"", "").toLowerCase(Locale.ROOT));
    }

    private static List<FacetValue> facet(String dim, List<PolicyDocument> sideways, List<String> selected) {
        if (dim.equals(IndexSchema.DIM_STANDARD)) {
            Map<String, Map<String, Long>> byCategory = new TreeMap<>();
            for (PolicyDocument d : sideways) {
                d.clauses().stream().flatMap(c -> c.mentions().stream()).map(m -> List.of(m.category().id(), m.standardId()))
                        .distinct().forEach(p -> byCategory.computeIfAbsent(p.get(0), k -> new TreeMap<>())
                                .merge(p.get(1), 1L, Long::sum));
            }
            List<FacetValue> out = new ArrayList<>();
            byCategory.forEach((cat, children) -> out.add(new FacetValue(cat,
                    org.policyportal.standards.Category.fromId(cat).label(),
                    sideways.stream().filter(d -> values(d, dim).contains(cat)).count(), selected.contains(cat),
                    children.entrySet().stream().map(e -> FacetValue.leaf(e.getKey(), FakeDocuments.label(e.getKey()),
                            e.getValue(), selected.contains(e.getKey()))).toList())));
            return out;
        }
        Map<String, Long> counts = new TreeMap<>();
        sideways.forEach(d -> values(d, dim).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> FacetValue.leaf(e.getKey(), dim.equals(IndexSchema.DIM_COUNTRY) ? Countries.name(e.getKey())
                        : e.getKey(), e.getValue(), selected.contains(e.getKey()))).toList();
    }

    private static Hit hit(PolicyDocument d, List<Clause> clauses, String q, Clause clause) {
        String qs = q.isBlank() ? "" : "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
        String base = "/documents/" + d.id() + qs;
        List<Snippet> snippets = clauses.stream().map(c -> new Snippet(c.ordinal(), c.ref(), highlight(c.text(), q),
                base + "#clause-" + c.ordinal())).toList();
        var m = d.metadata();
        return new Hit(d.id(), d.path(), m.title(), m.country(), Countries.name(m.country()), m.issuingBody(), m.year(),
                m.language(), standards(d), snippets, clause == null ? base : base + "#clause-" + clause.ordinal(),
                clause == null ? null : clause.ordinal(), clause == null ? null : clause.ref(),
                clause == null ? null : clause.headingPath(), 1f);
    }

    static List<StandardRef> standards(PolicyDocument d) {
        return d.clauses().stream().flatMap(c -> c.mentions().stream()).map(Mention::standardId).distinct()
                .map(id -> new StandardRef(id, FakeDocuments.label(id), "")).toList();
    }

    static String highlight(String text, String q) {
        String escaped = escape(text);
        String needle = escape(q.replace("\"", "").strip());
        if (needle.isEmpty()) {
            return escaped;
        }
        int at = escaped.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
        return at < 0 ? escaped : escaped.substring(0, at) + "<mark>" + escaped.substring(at, at + needle.length())
                + "</mark>" + escaped.substring(at + needle.length());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public Optional<DocumentView> document(String id, String query) {
        Predicate<Clause> hit = c -> !query.isBlank() && textMatch(c.text(), query);
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().map(d -> DocumentView.whole(d, standards(d),
                d.clauses().stream().map(c -> highlight(c.text(), query)).toList(),
                d.clauses().stream().filter(hit).map(Clause::ordinal).toList()));
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return FakeDocuments.LABELS.entrySet().stream()
                .filter(e -> e.getValue().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)))
                .limit(limit).map(e -> new Suggestion("standard", e.getKey(), e.getValue(), 1)).toList();
    }

    @Override
    public IndexStats stats() {
        if (!healthy) {
            throw new IllegalStateException("no index");
        }
        long clauses = docs.stream().mapToLong(d -> d.clauses().size()).sum();
        return new IndexStats("gen-000001", docs.size(), clauses, Instant.EPOCH, Instant.EPOCH);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
