package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Background template compilation: the first pages all compile, and a broken name is reported, not thrown. */
class PebbleRendererTest {

    private final PebbleRenderer renderer =
            new PebbleRenderer(Assets.fromClasspath("/static", "portal.css", "portal.js"));

    @Test
    void theFirstPagesCompile() {
        assertThat(renderer.precompile(PortalServer.FIRST_PAGES)).isEmpty();
    }

    @Test
    void aMissingTemplateIsReportedNotThrown() {
        assertThat(renderer.precompile(List.of("nope/missing.peb", "error.peb"))).containsExactly("nope/missing.peb");
    }
}
