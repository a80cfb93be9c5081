package org.policyportal.web;

import org.apache.lucene.util.RamUsageEstimator;

/**
 * JVM-wide settings that Jetty reads once, in static initialisers, so they must be in place before its first class
 * loads. Only fills in what the command line left unset. Stateless; thread-safe (system properties are).
 */
final class JettySettings {

    static final String CACHE_LINE_BYTES = "org.eclipse.jetty.util.cacheLineBytes";
    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final int DEFAULT_CACHE_LINE_BYTES = 64; // Jetty's own default

    private JettySettings() {
    }

    /**
     * Tells Jetty how many object references fit in a cache line (its queues pad by it). Unset, Jetty's
     * {@code MemoryUtils} starts the platform MBean server, registering every JMX bean (JFR's included), only to ask
     * whether oops are compressed: over a tenth of the main thread's CPU in a {@code serve} start. Lucene already
     * knows the reference size. A wrong value would only change padding, never behaviour.
     */
    static void setReferencesPerCacheLine() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) != null) {
            return;
        }
        int lineBytes = DEFAULT_CACHE_LINE_BYTES;
        try {
            lineBytes = Integer.parseInt(System.getProperty(CACHE_LINE_BYTES, String.valueOf(lineBytes)));
        } catch (NumberFormatException e) {
            // Jetty ignores a malformed value the same way and keeps its default
            lineBytes = DEFAULT_CACHE_LINE_BYTES;
        }
        int references = Math.max(1, lineBytes / RamUsageEstimator.NUM_BYTES_OBJECT_REF);
        System.setProperty(REFERENCES_PER_CACHE_LINE, String.valueOf(references));
    }
}
