package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetHtmlTest {

    @Test
    void keepsMarkAndEscapesAnyOtherTag() {
        assertThat(SnippetHtml.markOnly("a &amp; <mark>b</mark> &lt;c&gt;")).isEqualTo("a &amp; <mark>b</mark> &lt;c&gt;");
        assertThat(SnippetHtml.markOnly("<script>x</script><mark onclick=\"y\">z</mark>"))
                .isEqualTo("&lt;script&gt;x&lt;/script&gt;&lt;mark onclick=&quot;y&quot;&gt;z</mark>");
    }

    @Test
    void keepLargeInsertsBeforeTheFragmentOnce() {
        assertThat(Links.keepLarge("/documents/a?q=x#clause-2", true)).isEqualTo("/documents/a?q=x&large=1#clause-2");
        assertThat(Links.keepLarge("/documents/a#clause-2", true)).isEqualTo("/documents/a?large=1#clause-2");
        assertThat(Links.keepLarge("/search?large=1", true)).isEqualTo("/search?large=1");
        assertThat(Links.keepLarge("/search", false)).isEqualTo("/search");
        assertThat(Links.toggleLarge("/search", "q=a&large=1")).isEqualTo("/search?q=a");
        assertThat(Links.toggleLarge("/search", "q=a")).isEqualTo("/search?q=a&large=1");
    }
}
