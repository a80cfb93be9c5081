package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageNoiseTest {

    private static List<Block> page(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        return blocks;
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void formGlyphsGoTheLabelsStay() {
        List<List<Block>> pages = List.of(page("How much do you trust it?\nnmlkj 1 not at all\nnmlkji 2\nnmlkj",
                "Ease of use nmlkj nmlkj gfedcb", "gfedc Yes gfedcnmlkj No"));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("How much do you trust it?\n1 not at all\n2",
                "Ease of use", "Yes No");
    }

    @Test
    void lettersLikeGlyphsInsideWordsStay() {
        assertThat(PageNoise.withoutFormGlyphs("xnmlkj gfedcba nmlkj2")).isEqualTo("xnmlkj gfedcba nmlkj2");
        assertThat(PageNoise.withoutFormGlyphs("Patch within 14 days.")).isEqualTo("Patch within 14 days.");
    }

    @Test
    void runningHeaderAndPageNumbersGoTheTextStays() {
        List<List<Block>> pages = List.of(
                page("Guide to Buying Secure ICT\n1. Scope", "The buyer shall log.", "1"),
                page("Guide to Buying Secure ICT\n2. Patching", "The supplier shall patch.", "2"),
                page("Guide to Buying Secure ICT\n3. Keys", "Keys are rotated.", "3"),
                page("Guide to Buying Secure ICT\n4. Exit", "Data is returned.", "4"));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("1. Scope", "The buyer shall log.", "2. Patching",
                "The supplier shall patch.", "3. Keys", "Keys are rotated.", "4. Exit", "Data is returned.");
    }

    @Test
    void pageLabelsMatchAcrossRomanNumeralsAndCounts() {
        List<List<Block>> pages = List.of(page("Preface text.", "PAGE viii"), page("More text.", "PAGE ix"),
                page("Last text.", "Page 3 of 12"), page("Closing text.", "PAGE x"));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("Preface text.", "More text.", "Last text.",
                "Page 3 of 12", "Closing text.");
    }

    @Test
    void footersNamingAPageGoEvenWhenEachPartHasItsOwn() {
        List<List<Block>> pages = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            pages.add(page("Chapter text " + i + ".", "CHAPTER 1 PAGE " + i));
        }
        for (int i = 1; i <= 4; i++) {
            pages.add(page("Annex text " + i + ".", "APPENDIX A PAGE A-" + i));
        }
        pages.add(page("Article 13(1) - Obligations of manufacturers", "Made once."));
        pages.add(page("Article 13(2) - Obligations of manufacturers", "Made twice."));
        pages.add(page("Article 13(3) - Obligations of manufacturers", "Made thrice."));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("Chapter text 1.", "Chapter text 2.",
                "Chapter text 3.", "Chapter text 4.", "Annex text 1.", "Annex text 2.", "Annex text 3.",
                "Annex text 4.", "Article 13(1) - Obligations of manufacturers", "Made once.",
                "Article 13(2) - Obligations of manufacturers", "Made twice.",
                "Article 13(3) - Obligations of manufacturers", "Made thrice.");
    }

    @Test
    void aLineAtTheEdgeOfFewerThanHalfThePagesStays() {
        List<List<Block>> pages = List.of(page("Annex A", "one"), page("Annex A", "two"), page("three"),
                page("four"), page("five"), page("six"), page("seven"));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("Annex A", "one", "Annex A", "two", "three",
                "four", "five", "six", "seven");
    }

    @Test
    void aRunningLineStaysWhereItIsInsideThePage() {
        List<List<Block>> pages = List.of(page("Guide\none\ntwo\nthree\nGuide\nfour\nfive\nsix"),
                page("Guide\nalpha"), page("Guide\nbeta"));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("one\ntwo\nthree\nGuide\nfour\nfive\nsix",
                "alpha", "beta");
    }

    @Test
    void twoPagesAreTooFewToTellARunningLine() {
        List<List<Block>> pages = List.of(page("Header", "a"), page("Header", "b"));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("Header", "a", "Header", "b");
    }

    @Test
    void contentsEntriesGoFillInLinesStay() {
        List<List<Block>> pages = List.of(page("Contents\n1.1 PURPOSE AND APPLICABILITY .......... 2\n"
                + "APPENDIX A REFERENCES . . . . . . . . A-1\nPreface ………… iv", "Name: ..............."));
        assertThat(texts(PageNoise.strip(pages))).containsExactly("Contents", "Name: ...............");
    }

    @Test
    void walkReadsPagesApartAndOtherBodiesWhole() {
        String pdf = "<body><div class=\"page\"><p>Policy\nA</p></div><div class=\"page\"><p>Policy\nB</p></div>"
                + "<div class=\"page\"><p>Policy\nC</p></div><div class=\"embedded\"><p>Policy</p></div></body>";
        assertThat(texts(PageNoise.walk(Jsoup.parse(pdf).body(), new BlockWalker(true))))
                .containsExactly("A", "B", "C", "Policy");
        String html = "<body><div><p>Policy</p></div><div><p>Policy</p></div><div><p>Policy</p></div></body>";
        assertThat(texts(PageNoise.walk(Jsoup.parse(html).body(), new BlockWalker(true))))
                .containsExactly("Policy", "Policy", "Policy");
    }
}
