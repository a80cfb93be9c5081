package org.policyportal.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The portal's logging, set up in code instead of a {@code logback.xml}: parsing the XML loaded the JDK's XML
 * parser and took a tenth of {@code serve}'s main thread before the server listened (JFR). Logback finds this class
 * as a {@link Configurator} service at the first logger lookup. An XML configuration still wins:
 * {@code -Dlogback.configurationFile=FILE}, or a {@code logback-test.xml} or {@code logback.xml} on the class path
 * (the tests have their own).
 *
 * <p>The set-up: one console appender on standard error ({@code HH:mm:ss.SSS LEVEL logger - message}), INFO by
 * default; the parsers (PDFBox, FontBox, POI, Tika) at ERROR, since they log every odd font or object and the ingest
 * report already carries what matters; Jetty at WARN.
 *
 * <p>Logback calls {@link #configure} once, from the thread that first asks for a logger.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";
    static final Map<String, Level> LEVELS = Map.of(
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            "org.apache.poi", Level.ERROR,
            "org.apache.tika", Level.ERROR,
            "org.eclipse.jetty", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = LogSetup.class.getClassLoader();
        boolean xml = System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null;
        return configure(context, xml);
    }

    /** @param xml whether an XML configuration exists: then this leaves {@code context} alone */
    ExecutionStatus configure(LoggerContext context, boolean xml) {
        if (xml) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
