package org.policyportal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

/**
 * Extracts structured text from one file of any supported format, under the limits of a {@link TikaPolicy}.
 * HTML, Markdown, XML and JSON are read by the project's own readers (they keep structure and drop
 * boilerplate better than generic extraction); everything else goes through Tika's XHTML output, which the
 * {@link BlockWalker} turns into blocks. Routing follows the detected type, not the file name, so a PDF named
 * {@code .docx} is still read as a PDF.
 *
 * <p>Thread-safe: one instance serves all indexing threads. Each file runs on a worker thread so a parser that
 * hangs is abandoned after the timeout; {@link #close()} stops the workers.
 */
public final class Extractor implements TextExtractor {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final TikaPolicy policy;
    private final AutoDetectParser parser;
    private final ExecutorService workers;
    private final MarkdownReader markdown = new MarkdownReader();
    private final XmlProseReader xml = new XmlProseReader();
    private final JsonProseReader json = new JsonProseReader();
    private final HtmlCleaner html = new HtmlCleaner();
    private final BlockWalker walker = new BlockWalker();
    private final BlockWalker lineWalker = new BlockWalker(true);
    private final QuickDetector quick = new QuickDetector();
    private final Hook hook;

    /** Test seam: runs on the worker thread before a file is read (a test makes it hang to trigger the timeout). */
    interface Hook {
        void beforeExtract(Path file) throws Exception;
    }

    public Extractor(TikaPolicy policy) {
        this(policy, file -> { });
    }

    Extractor(TikaPolicy policy, Hook hook) {
        this.policy = policy;
        this.hook = hook;
        this.parser = policy.parser();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "extract-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Extracts {@code file}; throws with a report-ready reason when it cannot. */
    public Extraction extract(Path file) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ExtractionException.failed("cannot read file: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw ExtractionException.skipped("empty file");
        }
        if (size > policy.maxFileBytes()) {
            throw ExtractionException.failed("file too large (%d MB, limit %d MB)"
                    .formatted(size >> 20, policy.maxFileBytes() >> 20), null);
        }
        Future<Extraction> job = workers.submit(() -> extractNow(file));
        try {
            return job.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            // cancel(true) interrupts the worker; a parser deaf to interrupts keeps its (daemon) thread until done.
            throw ExtractionException.failed("extraction timed out after " + describe(policy.timeout()), e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw ExtractionException.failed("interrupted", e);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        }
    }

    private Extraction extractNow(Path file) throws Exception {
        hook.beforeExtract(file);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        // the first bytes, read at most once: for the quick type check and for the binary check of text types
        String fileName = file.getFileName().toString();
        byte[] head = QuickDetector.mayName(fileName) ? head(file) : null;
        MediaType type = head == null ? null : quick.detect(fileName, head);
        if (type == null) {
            try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
                type = parser.getDetector().detect(in, metadata);
            }
        }
        String base = type.getBaseType().toString();
        String name = fileName.toLowerCase(Locale.ROOT);
        ArchiveGuard.check(file, policy);
        Extraction result;
        if (base.startsWith("text/") || base.equals("application/json") || isXml(base)) {
            refuseBinary(head != null ? head : head(file), base);
        }
        if (base.equals("text/plain")) {
            result = plainText(readText(file, metadata), "text/plain");
        } else if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            String source = readText(file, metadata);
            Document doc = Jsoup.parse(source);
            String title = html.title(doc);
            result = Extraction.of(walker.walk(html.content(doc)), base, title, false);
        } else if (base.equals("text/x-web-markdown") || name.endsWith(".md") && base.startsWith("text/")) {
            result = markdown.read(readText(file, metadata), "text/markdown");
        } else if (base.equals("application/json") || name.endsWith(".json") && base.startsWith("text/")) {
            result = json.read(readText(file, metadata), "application/json");
        } else if (isXml(base)) {
            result = xml.read(readText(file, metadata), base);
        } else {
            return viaTika(file, base);
        }
        return cap(result);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(QuickDetector.HEAD_BYTES);
        }
    }

    private static boolean isXml(String base) {
        return base.equals("application/xml") || base.equals("text/xml") || base.endsWith("+xml")
                && !base.equals("image/svg+xml");
    }

    private Extraction viaTika(Path file, String detected) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        metadata.set(KnownTypeDetector.KNOWN_TYPE, detected);
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        WriteOutContentHandler limited = new WriteOutContentHandler(xhtml, policy.maxChars());
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, limited, metadata, policy.context(parser));
        } catch (SAXException | TikaException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            truncated = true;
        }
        Document doc = Jsoup.parse(xhtml.toString());
        List<Block> blocks = PageNoise.walk(doc.body(), lineWalker);
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        Extraction e = Extraction.of(blocks, contentType == null ? detected : contentType,
                blank(metadata.get(TikaCoreProperties.TITLE)), truncated);
        return e.withMetadata(year(metadata), blank(metadata.get(TikaCoreProperties.LANGUAGE)), properties(metadata));
    }

    /**
     * Reads a text file: as UTF-8 when all of it is valid UTF-8, else with its charset detected (BOM, declared,
     * statistical); at most about twice maxChars chars (the extraction is capped at maxChars later).
     *
     * <p>Valid UTF-8 first, because detection cost more than the decoding (JFR of a corpus-real build: 109 of
     * the extraction worker's 5,193 samples) and answers the same for nearly every file: text in a single-byte
     * charset is only valid UTF-8 when it is ASCII, which decodes alike in both. Where they differ, a file saved
     * as UTF-8 whose HTML declares Latin-1, UTF-8 reads it as written; the declaration gave mojibake.
     */
    private String readText(Path file, Metadata metadata) throws IOException, TikaException {
        if (Files.size(file) <= policy.maxChars() * 2L) { // the most the reader below keeps, in chars
            String utf8 = strictUtf8(Files.readAllBytes(file));
            if (utf8 != null) {
                return utf8;
            }
        }
        try (InputStream in = TikaInputStream.get(file); AutoDetectReader detected = new AutoDetectReader(in, metadata)) {
            Charset charset = detected.getCharset();
            if (!charset.name().equals("ISO-8859-1") && !charset.name().equals("US-ASCII")) {
                return readAll(detected);
            }
        }
        // Detectors say ISO-8859-1 for any single-byte Western text, but real files are Windows-1252 (its
        // superset): decoding as Latin-1 turns „ “ – € into C1 control characters, which the cleaner drops.
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), WINDOWS_1252)) {
            return readAll(reader);
        }
    }

    /** The bytes as UTF-8 text, without a leading byte-order mark; null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: the detectors decide
        }
    }

    private String readAll(Reader reader) throws IOException {
        char[] buf = new char[8192];
        StringBuilder sb = new StringBuilder();
        int n;
        while ((n = reader.read(buf)) > 0 && sb.length() <= policy.maxChars() * 2L) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    /** Plain text: paragraphs at blank lines, single line ends kept (they may start numbered clauses). */
    private static Extraction plainText(String text, String contentType) {
        List<Block> blocks = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String t = TextCleaner.clean(para);
            if (!t.isEmpty()) {
                blocks.add(Block.paragraph(t));
            }
        }
        return Extraction.of(blocks, contentType, null, false);
    }

    /**
     * A file detected as text by its name alone (random bytes named {@code .txt}) would be decoded into
     * pages of CJK gibberish and indexed: refuse content with control bytes that text never has.
     */
    /** Refuses a file of a text type whose first bytes ({@code head}) hold more than 1 % control bytes. */
    private static void refuseBinary(byte[] head, String type) throws ExtractionException {
        int n = head.length;
        if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return; // UTF-16 with a byte-order mark: zero bytes are expected
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (control > Math.max(1, n / 100)) {
            throw ExtractionException.failed("binary content, not text (" + type + " by name or sniffing only)", null);
        }
    }

    private static String describe(java.time.Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** Enforces the text cap on readers that have no write limit of their own. */
    private Extraction cap(Extraction e) {
        if (e.chars() <= policy.maxChars()) {
            return e;
        }
        List<Block> kept = new ArrayList<>();
        long total = 0;
        for (Block b : e.blocks()) {
            if (total + b.text().length() > policy.maxChars()) {
                int room = (int) (policy.maxChars() - total);
                if (room > 0) {
                    kept.add(new Block(b.kind(), b.level(), b.text().substring(0, room)));
                }
                break;
            }
            kept.add(b);
            total += b.text().length();
        }
        return Extraction.of(kept, e.contentType(), e.title(), true);
    }

    private static ExtractionException classify(Throwable t) {
        if (t instanceof ExtractionException e) {
            return e;
        }
        if (t instanceof ZeroByteFileException) {
            return ExtractionException.skipped("empty file");
        }
        if (t instanceof EncryptedDocumentException || causedBy(t, EncryptedDocumentException.class)) {
            return ExtractionException.failed("encrypted or password-protected", t);
        }
        String msg = String.valueOf(t.getMessage());
        if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("Suspected zip bomb")) {
            return ExtractionException.failed("refused: suspected zip bomb (" + msg + ")", t);
        }
        if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
            return ExtractionException.failed("parser exhausted memory or stack: " + t.getClass().getSimpleName(), t);
        }
        // Tika wraps parser bugs and I/O errors ("TIKA-198: Illegal IOException from ...PDFParser@4c83aba0"):
        // the wrapped cause says what is wrong with the file.
        Throwable shown = t;
        while (shown instanceof TikaException && shown.getCause() != null
                && (String.valueOf(shown.getMessage()).startsWith("TIKA-198")
                || String.valueOf(shown.getMessage()).startsWith("Unexpected RuntimeException"))) {
            shown = shown.getCause();
        }
        String kind = shown.getClass().getSimpleName();
        return ExtractionException.failed("cannot parse: damaged, or not the format it claims to be (" + kind + ": "
                + firstLine(String.valueOf(shown.getMessage())) + ")", t);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Integer year(Metadata m) {
        for (var p : List.of(TikaCoreProperties.CREATED, TikaCoreProperties.MODIFIED)) {
            Date d = m.getDate(p);
            if (d != null) {
                int y = d.toInstant().atZone(java.time.ZoneOffset.UTC).getYear();
                if (y >= 1970 && y <= Year.now().getValue() + 1) {
                    return y;
                }
            }
        }
        return null;
    }

    private static Map<String, String> properties(Metadata m) {
        Map<String, String> out = new LinkedHashMap<>();
        String creator = m.get(TikaCoreProperties.CREATOR);
        if (creator != null && !creator.isBlank()) {
            out.put("author", creator.strip());
        }
        String pages = m.get("xmpTPg:NPages");
        if (pages != null) {
            out.put("pages", pages);
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
