package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonProseReaderTest {

    private final JsonProseReader reader = new JsonProseReader();

    @Test
    void oscalLikeJson() throws IOException {
        String json = """
                {"catalog":{"uuid":"u","metadata":{"title":"JSON Catalog","version":"1"},
                 "groups":[{"id":"ac","title":"Access Control","controls":[{"id":"ac-2","title":"Account Management",
                   "params":[{"id":"p1","label":"param label text"}],"props":[{"name":"label","value":"AC-2"}],
                   "links":[{"href":"#x","rel":"reference"}],
                   "parts":[{"id":"ac-2_smt","name":"statement","prose":"Define and document the types of accounts allowed."}]}]}]}}
                """;
        Extraction e = reader.read(json, "application/json");
        assertThat(e.title()).isEqualTo("JSON Catalog");
        assertThat(e.blocks()).containsExactly(Block.heading(1, "JSON Catalog"),
                Block.heading(1, "AC Access Control"), Block.heading(2, "AC-2 Account Management"),
                Block.paragraph("Define and document the types of accounts allowed."));
        assertThat(e.text()).doesNotContain("param label text", "#x", "uuid");
    }

    @Test
    void longFreeTextUnderUnknownKeysIsKeptShortCodesAreNot() throws IOException {
        Extraction e = reader.read("""
                {"criteria":[{"code":"X-12","note":"Suppliers must support IPv6 on all public facing services."}]}""",
                "application/json");
        assertThat(e.blocks()).containsExactly(
                Block.paragraph("Suppliers must support IPv6 on all public facing services."));
    }

    @Test
    void invalidJsonThrows() {
        assertThatThrownBy(() -> reader.read("{not json", "application/json")).isInstanceOf(IOException.class);
    }
}
