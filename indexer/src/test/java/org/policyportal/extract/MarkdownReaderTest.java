package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    private List<Block> blocks(String md) {
        return reader.read(md, "text/markdown").blocks();
    }

    @Test
    void frontMatterSuppliesTheTitleAndIsNotText() {
        Extraction e = reader.read("---\ntitle: \"Procurement Rules\"\nlayout: page\n---\n# Scope\n\nBody text.\n",
                "text/markdown");
        assertThat(e.title()).isEqualTo("Procurement Rules");
        assertThat(e.blocks()).containsExactly(Block.heading(1, "Scope"), Block.paragraph("Body text."));
        assertThat(e.contentType()).isEqualTo("text/markdown");
    }

    @Test
    void kramdownAttributeListsAndTheTocPlaceholderAreNotText() {
        assertThat(blocks("# Workflow\n{:.no_toc}\n\n* TOC\n{:toc}\n\n## Steps\nDo this.\n{: .link-list}\n\n"
                + "{:start=\"2\"}\n1. Second step\n\n* TOC items stay when nothing replaces them"))
                .containsExactly(Block.heading(1, "Workflow"), Block.heading(2, "Steps"), Block.paragraph("Do this."),
                        Block.listItem(1, "1. Second step"),
                        Block.listItem(1, "TOC items stay when nothing replaces them"));
    }

    @Test
    void atxHeadingsWithClosingHashes() {
        assertThat(blocks("## Access control ##\n### 3.1 Passwords")).containsExactly(
                Block.heading(2, "Access control"), Block.heading(3, "3.1 Passwords"));
    }

    @Test
    void setextHeadings() {
        assertThat(blocks("Main Title\n==========\n\nSub Title\n---------\n\ntext")).containsExactly(
                Block.heading(1, "Main Title"), Block.heading(2, "Sub Title"), Block.paragraph("text"));
    }

    @Test
    void nestedListsKeepDepthAndOrderedNumbers() {
        assertThat(blocks("- item one\n  continued\n  - nested item\n1. first numbered\n2) second numbered"))
                .containsExactly(Block.listItem(1, "item one continued"), Block.listItem(2, "nested item"),
                        Block.listItem(1, "1. first numbered"), Block.listItem(1, "2) second numbered"));
    }

    @Test
    void tableRowsBecomeOneLineEach() {
        assertThat(blocks("| Req | Text |\n|-----|------|\n| 1 | Use **TLS** 1.3 |")).containsExactly(
                Block.paragraph("Req | Text"), Block.paragraph("1 | Use TLS 1.3"));
    }

    @Test
    void codeFencesKeepTheirLines() {
        assertThat(blocks("```yaml\nkey: value\nother: 2\n```")).containsExactly(
                Block.paragraph("key: value\nother: 2"));
    }

    @Test
    void inlineMarkupHtmlAndTemplatesAreStripped() {
        assertThat(blocks("Intro with a [link](http://x.org), ![logo](l.png) **bold**, *em*, `code`, "
                + "<span class=\"x\">html</span> and <%= page.title %>{{ site.name }} done."))
                .containsExactly(Block.paragraph("Intro with a link, logo bold, em, code, html and done."));
    }
}
