package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class QuickDetectorTest {

    private final QuickDetector quick = new QuickDetector();
    private static final Detector TIKA = TikaConfig.getDefaultConfig().getDetector();

    static MediaType tika(String name, byte[] content) throws IOException {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return TIKA.detect(new ByteArrayInputStream(content), m);
    }

    /** Asserts the quick answer and that Tika agrees with it. */
    private void answers(String name, String content, MediaType expected) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        assertThat(quick.detect(name, bytes)).as(name).isEqualTo(expected);
        assertThat(tika(name, bytes)).as("Tika on " + name).isEqualTo(expected);
    }

    private void defers(String name, byte[] content) {
        assertThat(quick.detect(name, content)).as(name).isNull();
    }

    private void defers(String name, String content) {
        defers(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainFilesAreNamedLikeTikaNamesThem() throws IOException {
        answers("a.html", "<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>Hi</p></body></html>",
                QuickDetector.HTML);
        answers("b.HTM", "  <html lang=\"nl\"><body><h1>Beleid</h1></body></html>", QuickDetector.HTML);
        answers("c.md", "# Procurement policy\n\nSuppliers must support DNSSEC.\n", QuickDetector.MARKDOWN);
        answers("d.md", "Policy\n======\n\nText.\n", QuickDetector.MARKDOWN);
        answers("frag.html", "<div class=\"content\">\n<h2>Security</h2><p>Use DNSSEC.</p></div>", QuickDetector.HTML);
        answers("frag2.htm", "<div>\n<p>Use TLS.</p>\n</div>", QuickDetector.HTML);
        answers("e.txt", "Suppliers shall use TLS 1.3.\n", QuickDetector.TEXT);
        answers("f.txt", "\uFEFFSécurité des systèmes d'information\n", QuickDetector.TEXT);
        answers("g.txt", "2024 procurement rules\n", QuickDetector.TEXT);
    }

    @Test
    void anythingUnusualIsLeftToTika() {
        defers("report.html", "%PDF-1.7\n%âãÏÓ\n1 0 obj");
        defers("scan.txt", new byte[] {'a', 'b', 0, 1, 2, 3, 'c'});
        defers("utf16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b', 0});
        defers("page.txt", "<html><body>not text</body></html>");
        defers("mail.txt", "From: someone@example.org\nSubject: tender\n\nBody");
        defers("mail2.md", "MIME-Version: 1.0\nContent-Type: text/plain\n");
        defers("script.md", "#!/bin/sh\necho hi\n");
        defers("data.txt", "{\"a\": 1}");
        defers("x.html", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html><body/></html>");
        defers("feed.html", "<rss version=\"2.0\"><channel/></rss>");
        defers("divider.html", "<divider>not a div</divider>");
        defers("frag.txt", "<div><p>markup in a text file</p></div>");
        defers("blank.txt", "   \n\n");
        defers("empty.md", new byte[0]);
        defers("policy.pdf", "plain words");
        defers("noextension", "plain words");
    }

    @Test
    void xhtmlDocumentsAreNamedXhtmlLikeTikaNamesThem() throws IOException {
        answers("a.html", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\""
                + " \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xml:lang=\"en\"><head><title>T</title></head><body><p>Hi</p></body></html>", QuickDetector.XHTML);
        answers("b.htm", "<?xml version='1.0'?><html lang=\"fr\" xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
                QuickDetector.XHTML);
    }

    @Test
    void looserXhtmlShapesAreLeftToTika() {
        defers("no-namespace.html", "<?xml version=\"1.0\"?>\n<html><body/></html>");
        defers("other-root.html", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>");
        defers("prefixed.html", "<?xml version=\"1.0\"?>\n<htmlx xmlns=\"http://www.w3.org/1999/xhtml\"/>");
        defers("unclosed.html", "<?xml version=\"1.0\"\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        defers("html5.html", "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        defers("other-namespace.html", "<?xml version=\"1.0\"?><html xmlns=\"HTTP://WWW.W3.ORG/1999/XHTML\"/>");
        defers("upper-root.html", "<?xml version=\"1.0\"?><HTML xmlns=\"http://www.w3.org/1999/xhtml\"/>");
        defers("comment-first.html", "<?xml version=\"1.0\"?><!-- c --><html xmlns=\"http://www.w3.org/1999/xhtml\"/>");
    }

    @Test
    void proseThatTikaMistakesForNewsIsText() throws IOException {
        // Tika's magic reads a leading "Article" as a Usenet article; a policy text file often opens that way
        byte[] prose = "Article 1. Suppliers shall use TLS 1.3.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(tika("law.txt", prose).getBaseType().toString()).startsWith("message/");
        assertThat(quick.detect("law.txt", prose)).isEqualTo(QuickDetector.TEXT);
    }

    @Test
    void deferredCasesAreOnesTikaNamesDifferently() throws IOException {
        // the reason to defer: Tika does not take these for what their names say
        assertThat(tika("report.html", "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(MediaType.application("pdf"));
        assertThat(tika("page.txt", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(QuickDetector.HTML);
    }
}
