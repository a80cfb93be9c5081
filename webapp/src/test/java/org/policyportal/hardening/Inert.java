package org.policyportal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Assertions that an HTML page carries no active content other than the portal's own script. */
final class Inert {

    private Inert() {
    }

    /** Parses {@code html} and fails if any payload became markup, an event handler or a script URL. */
    static Document assertInert(String where, String html) {
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            if (e.tagName().equals("script")) {
                assertThat(e.attr("src")).as("%s: script without the portal's src", where).startsWith("/static/");
            }
            assertThat(e.tagName()).as("%s: injected element", where).isNotIn("svg", "iframe", "object", "embed");
            if (e.tagName().equals("img")) {
                assertThat(e.attr("src")).as("%s: injected img", where).isNotEqualTo("x");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as("%s: event handler on <%s>", where, e.tagName()).doesNotStartWith("on");
                if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")) {
                    String v = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                    assertThat(v).as("%s: %s on <%s>", where, key, e.tagName())
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:text/html");
                }
            }
        }
        assertThat(html).as(where).doesNotContain(HostileIndex.SCRIPT, "<img src=x", "<svg onload",
                "<svg", "onerror=alert(1)>");
        return doc;
    }
}
