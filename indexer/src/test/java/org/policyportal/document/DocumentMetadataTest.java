package org.policyportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentMetadataTest {

    @Test
    void extraKeepsItsInputOrderAndInferredIsSorted() {
        Map<String, String> extra = new LinkedHashMap<>();
        List<String> keys = List.of("source_repo", "licence", "summary", "format", "source_path", "b", "a", "z");
        keys.forEach(k -> extra.put(k, k.toUpperCase()));

        DocumentMetadata m = new DocumentMetadata("T", "NL", "B", 2020, "en", null, extra,
                Set.of("year", "country", "language", "title"));

        assertThat(m.extra().keySet()).containsExactlyElementsOf(keys);
        assertThat(m.inferred()).containsExactly("country", "language", "title", "year");
        assertThatThrownBy(() -> m.extra().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.inferred().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void extraRejectsNullValues() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("licence", null);
        assertThatThrownBy(() -> new DocumentMetadata("T", "NL", "B", null, "en", null, extra, Set.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
