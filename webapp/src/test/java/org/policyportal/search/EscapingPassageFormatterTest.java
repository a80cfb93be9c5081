package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class EscapingPassageFormatterTest {

    private static final String CONTENT = "  alpha <beta> gamma  ";

    private static Passage passage(int start, int end, int matchStart, int matchEnd) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        p.addMatch(matchStart, matchEnd, new BytesRef("beta"), 1);
        return p;
    }

    @Test
    void aPassageFromTheFirstWordHasNoLeadingEllipsisAndOneThatStopsShortOfTheLastHasATrailingOne() {
        Object html = new EscapingPassageFormatter().format(new Passage[] {passage(2, 14, 9, 13)}, CONTENT);
        assertThat(html).isEqualTo("alpha &lt;<mark>beta</mark>&gt;…");
    }

    @Test
    void aPassageThatStartsLaterGetsALeadingEllipsisAndNoneWhenItReachesTheLastWord() {
        Object html = new EscapingPassageFormatter().format(new Passage[] {passage(8, 20, 9, 13)}, CONTENT);
        assertThat(html).isEqualTo("…&lt;<mark>beta</mark>&gt; gamma");
    }
}
