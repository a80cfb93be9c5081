package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drill-sideways facets, filters, year ranges, sorting and paging bounds. */
class FacetsAndPagingTest extends SearchFixture {

    private static List<FacetValue> facet(SearchResult r, String dim) {
        return r.facets().get(dim);
    }

    @Test
    void facetCountsAreExactAndOrderedByCountThenLabel() {
        SearchResult r = search("");
        assertThat(r.total()).isEqualTo(6);
        assertThat(facet(r, "country")).extracting(FacetValue::value, FacetValue::label, FacetValue::count)
                .containsExactly(tuple("NL", "Netherlands", 2L), tuple("FR", "France", 1L),
                        tuple("DE", "Germany", 1L), tuple("ES", "Spain", 1L), tuple("US", "United States", 1L));
        assertThat(facet(r, "language")).extracting(FacetValue::label, FacetValue::count)
                .containsExactly(tuple("English", 2L), tuple("Dutch", 1L), tuple("French", 1L),
                        tuple("German", 1L), tuple("Spanish", 1L));
        assertThat(facet(r, "security")).extracting(FacetValue::label, FacetValue::count)
                .containsExactly(tuple("No", 3L), tuple("Yes", 3L));
    }

    @Test
    void selectedDimensionCountsSideways() {
        SearchResult r = filtered("", Map.of("country", List.of("NL")));
        assertThat(r.total()).isEqualTo(2);
        assertThat(facet(r, "country")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(tuple("NL", 2L, true), tuple("FR", 1L, false), tuple("DE", 1L, false),
                        tuple("ES", 1L, false), tuple("US", 1L, false));
        assertThat(facet(r, "language")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("nl", 1L), tuple("en", 1L));
    }

    @Test
    void valuesWithinADimensionOrAndDimensionsAnd() {
        assertThat(filtered("", Map.of("country", List.of("NL", "DE"))).total()).isEqualTo(3);
        assertThat(filtered("", Map.of("country", List.of("NL", "DE"), "language", List.of("en"))).total())
                .isEqualTo(1);
    }

    @Test
    void standardFacetIsHierarchicalAndFiltersByCategoryOrStandard() {
        SearchResult r = search("");
        List<FacetValue> standard = facet(r, "standard");
        assertThat(standard).extracting(FacetValue::value, FacetValue::label, FacetValue::count)
                .containsExactly(tuple("email", "Email security", 2L), tuple("isms", "ISMS and management", 1L),
                        tuple("national", "National schemes", 1L));
        assertThat(standard.getFirst().children()).extracting(FacetValue::value, FacetValue::label, FacetValue::count)
                .containsExactly(tuple("dmarc", "DMARC", 2L));
        assertThat(filtered("", Map.of("standard", List.of("email"))).total()).isEqualTo(2);
        assertThat(filtered("", Map.of("standard", List.of("iso27001"))).total()).isEqualTo(1);
        assertThat(filtered("", Map.of("standard", List.of("iso27001", "sp800-171"))).total()).isEqualTo(2);
        SearchResult unknown = filtered("", Map.of("standard", List.of("nope")));
        assertThat(unknown.total()).isZero();
        assertThat(facet(unknown, "standard")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .contains(tuple("nope", 0L, true));
    }

    @Test
    void selectingAValueNoDocumentHasCountsZeroAndKeepsOtherValues() {
        SearchResult r = filtered("", Map.of("digital", List.of("yes")));
        assertThat(r.total()).isZero();
        assertThat(facet(r, "digital")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(tuple("no", 6L, false), tuple("yes", 0L, true));
        assertThat(facet(r, "country")).isEmpty();
    }

    @Test
    void facetLimitKeepsSelectedValues() {
        SearchRequest req = new SearchRequest("", Map.of("country", List.of("US")), null, null, SearchMode.DOCUMENTS,
                SortOrder.RELEVANCE, 1, 10, 1);
        assertThat(facet(service.search(req), "country")).extracting(FacetValue::value)
                .containsExactly("NL", "US");
    }

    @Test
    void yearRangeFilters() {
        SearchResult r = service.search(SearchRequest.of("").withYears(2019, 2021));
        assertThat(r.hits()).extracting(Hit::id).containsExactlyInAnyOrder("nl-mail", "us-far", "de-bsi");
        assertThat(service.search(SearchRequest.of("").withYears(2022, null)).total()).isEqualTo(2);
    }

    @Test
    void sortsByYear() {
        SearchRequest desc = new SearchRequest("", Map.of(), null, null, SearchMode.DOCUMENTS, SortOrder.YEAR_DESC,
                1, 10, 10);
        assertThat(service.search(desc).hits()).extracting(Hit::year)
                .containsExactly(2023, 2022, 2021, 2020, 2019, 2018);
        SearchRequest asc = new SearchRequest("", Map.of(), null, null, SearchMode.DOCUMENTS, SortOrder.YEAR_ASC,
                1, 10, 10);
        assertThat(service.search(asc).hits()).extracting(Hit::year)
                .containsExactly(2018, 2019, 2020, 2021, 2022, 2023);
    }

    @Test
    void pagesAreSlicesOfTheSameOrder() {
        SearchRequest p1 = new SearchRequest("", Map.of(), null, null, SearchMode.DOCUMENTS, SortOrder.YEAR_DESC,
                1, 4, 10);
        SearchResult first = service.search(p1);
        SearchResult second = service.search(p1.withPage(2));
        assertThat(first.hits()).extracting(Hit::year).containsExactly(2023, 2022, 2021, 2020);
        assertThat(second.hits()).extracting(Hit::year).containsExactly(2019, 2018);
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(service.search(p1.withPage(3)).hits()).isEmpty();
    }

    @Test
    void invalidPagingIsRejectedWithAUserMessage() {
        SearchRequest ok = SearchRequest.of("");
        assertThatThrownBy(() -> service.search(ok.withPage(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be 1 or more");
        assertThatThrownBy(() -> service.search(new SearchRequest("", Map.of(), null, null, SearchMode.DOCUMENTS,
                SortOrder.RELEVANCE, 1, 101, 10))).hasMessage("size must be between 1 and 100");
        assertThatThrownBy(() -> service.search(new SearchRequest("", Map.of(), null, null, SearchMode.DOCUMENTS,
                SortOrder.RELEVANCE, 1, 0, 10))).hasMessage("size must be between 1 and 100");
        assertThatThrownBy(() -> service.search(ok.withPage(1001)))
                .hasMessageStartingWith("only the first 10000 results");
        assertThat(service.search(ok.withPage(1000)).hits()).isEmpty();
        assertThatThrownBy(() -> service.search(ok.withFilters(Map.of("colour", List.of("red")))))
                .hasMessage("unknown filter 'colour'");
        assertThatThrownBy(() -> service.search(ok.withYears(2022, 2020)))
                .hasMessage("the start year must not be after the end year");
    }
}
