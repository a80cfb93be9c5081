package org.policyportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policyportal.search.FacetValue;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SortOrder;

/** The URL builder reproduces the state and its neighbours, in a stable order. */
class SearchStateTest {

    private static SearchState state(Map<String, List<String>> filters, int page, Set<String> more, boolean large) {
        return new SearchState("iso 27001", filters, 2018, null, SearchMode.CLAUSES, SortOrder.YEAR_DESC, page, 20,
                SearchRequest.DEFAULT_FACET_LIMIT, more, large);
    }

    @Test
    void urlKeepsEveryPartInCanonicalOrder() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("standard", List.of("dmarc"));
        filters.put("country", List.of("NL", "DE"));
        SearchState s = state(filters, 3, Set.of("country"), true);
        assertThat(s.url()).isEqualTo("/search?q=iso+27001&country=NL&country=DE&standard=dmarc&yearFrom=2018"
                + "&mode=clauses&sort=year&page=3&size=20&more=country&large=1");
    }

    @Test
    void toggleAddsOrRemovesAndResetsThePage() {
        SearchState s = state(Map.of("country", List.of("NL")), 3, Set.of(), false);
        assertThat(s.toggle("country", "DE")).contains("country=NL&country=DE").doesNotContain("page=");
        assertThat(s.toggle("country", "NL")).doesNotContain("country=");
        assertThat(s.toggle("standard", "ISO/IEC 27001")).contains("standard=ISO%2FIEC+27001");
    }

    @Test
    void neighboursChangeOnlyTheirPart() {
        SearchState s = state(Map.of("country", List.of("NL")), 2, Set.of(), false);
        assertThat(s.withPage(5)).contains("page=5", "country=NL", "mode=clauses");
        assertThat(s.withMode("documents")).doesNotContain("mode=", "page=");
        assertThat(s.withSort("relevance")).doesNotContain("sort=");
        assertThat(s.withoutYears()).doesNotContain("yearFrom");
        assertThat(s.clearAll()).isEqualTo("/search?q=iso+27001&mode=clauses&sort=year&size=20");
        assertThat(s.expand("standard")).contains("more=standard");
        assertThat(s.withQuery("security")).startsWith("/search?q=security&country=NL");
    }

    @Test
    void expandedFacetsAskTheServiceForMoreValues() {
        assertThat(state(Map.of(), 1, Set.of(), false).toRequest().facetLimit()).isEqualTo(10);
        assertThat(state(Map.of(), 1, Set.of("country"), false).toRequest().facetLimit()).isEqualTo(100);
        assertThat(state(Map.of(), 1, Set.of("country"), false).visibleValues("year")).isEqualTo(10);
    }

    @Test
    void categoryIsOpenWhenAChildIsSelected() {
        FacetValue email = new FacetValue("email", "Email", 3, false, List.of(FacetValue.leaf("dmarc", "DMARC", 2, false)));
        assertThat(state(Map.of("standard", List.of("dmarc")), 1, Set.of(), false).isOpen("standard", email)).isTrue();
        assertThat(state(Map.of("standard", List.of("tls")), 1, Set.of(), false).isOpen("standard", email)).isFalse();
    }
}
