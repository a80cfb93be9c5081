package org.policyportal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Looks at a zip container's directory before Tika unpacks it. Tika's own compression-ratio guard only fires
 * once more text has come out than the text cap lets through, so a zip bomb was read up to the cap and indexed
 * as a "truncated" document; and archives nested deeper than Tika's package depth made its package parser fail
 * with a NullPointerException. Both are refused here with a clear reason. Entries whose declared sizes lie are
 * left to Tika's limits (text cap, timeout).
 *
 * <p>Thread-safe: stateless.
 */
final class ArchiveGuard {

    /** Below this much declared content no archive is called a bomb (office files compress XML 10-50 times). */
    static final long BOMB_MIN_BYTES = 64L << 20;
    private static final int MAX_ENTRIES_SCANNED = 10_000;

    private ArchiveGuard() {
    }

    static void check(Path file, TikaPolicy policy) throws IOException, ExtractionException {
        if (!isZip(file)) {
            return;
        }
        long declared = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int scanned = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements() && scanned++ < MAX_ENTRIES_SCANNED; ) {
                ZipEntry e = en.nextElement();
                if (e.getSize() > 0) {
                    declared += e.getSize();
                }
                if (isNestedArchive(e.getName())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        // Levels counting this file: it, this entry, and what the entry holds.
                        int levels = 2 + depth(in, 1, policy.maxPackageDepth());
                        // Tika 3.3.1's package parser fails (NPE) once the levels reach its package depth.
                        if (levels >= policy.maxPackageDepth()) {
                            throw ExtractionException.failed("refused: archives nested too deeply (zip in zip, "
                                    + "at most " + (policy.maxPackageDepth() - 1) + " levels)", null);
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            return; // not a zip java.util.zip can read; Tika will say what it is
        }
        long size = Math.max(1, Files.size(file));
        if (declared > BOMB_MIN_BYTES && declared / size > policy.maxCompressionRatio()) {
            throw ExtractionException.failed("refused: suspected zip bomb (%d MB of content packed into %d KB, ratio %d:1)"
                    .formatted(declared >> 20, size >> 10, declared / size), null);
        }
    }

    /** Nesting depth of archives inside the archive read from {@code in} (0 when it holds none). */
    private static int depth(InputStream in, int level, int limit) throws IOException {
        if (level > limit) {
            return 0; // deep enough to refuse: stop reading
        }
        int max = 0;
        ZipInputStream zin = new ZipInputStream(in);
        int scanned = 0;
        for (ZipEntry e; (e = zin.getNextEntry()) != null && scanned++ < MAX_ENTRIES_SCANNED; ) {
            if (isNestedArchive(e.getName())) {
                max = Math.max(max, 1 + depth(zin, level + 1, limit));
            }
        }
        return max;
    }

    private static boolean isNestedArchive(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".zip") || n.endsWith(".jar");
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(magic, 0, 4) == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3
                    && magic[3] == 4;
        }
    }
}
