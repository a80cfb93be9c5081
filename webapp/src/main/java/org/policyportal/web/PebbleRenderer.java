package org.policyportal.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders Pebble templates from the classpath folder {@code templates/}. Autoescaping is on (HTML strategy), so
 * every value is escaped unless it passes the {@code markOnly} filter; strict variables are on so a typo in a
 * template fails the test suite instead of rendering blank. Compiled templates are cached.
 *
 * <p>Adds the variables every page needs: {@code large} (projector mode from {@code ?large=1}), {@code css},
 * {@code js} (fingerprinted asset URLs) and {@code path}. Thread-safe: the engine is.
 */
public final class PebbleRenderer implements FileRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PebbleRenderer.class);

    private final PebbleEngine engine;
    private final Assets assets;

    public PebbleRenderer(Assets assets) {
        this.assets = assets;
        ClasspathLoader loader = new ClasspathLoader(PebbleRenderer.class.getClassLoader());
        loader.setPrefix("templates");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .cacheActive(true)
                .newLineTrimming(true)
                .extension(new PortalExtension())
                .build();
    }

    /**
     * Compiles and caches the named templates now, so that the first page using each does not (the eight of the
     * first pages took 0.11-0.16 s in a fresh JVM on the 2-core reference machine at load 4).
     * A template that does not compile is logged; its pages then fail as they would have anyway.
     *
     * @return the names that did not compile
     */
    List<String> precompile(List<String> names) {
        List<String> failed = new ArrayList<>();
        for (String name : names) {
            try {
                engine.getTemplate(name);
            } catch (RuntimeException e) {
                LOG.warn("template {} does not compile", name, e);
                failed.add(name);
            }
        }
        return failed;
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        Map<String, Object> vars = new HashMap<>(model);
        vars.putIfAbsent("large", Links.isLarge(ctx));
        vars.put("css", assets.url("portal.css"));
        vars.put("js", assets.url("portal.js"));
        vars.put("path", ctx.path());
        vars.put("largeToggle", Links.toggleLarge(ctx.path(), ctx.queryString()));
        vars.putIfAbsent("title", "");
        vars.putIfAbsent("q", "");
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(filePath).evaluate(out, vars);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + filePath, e);
        }
        return out.toString();
    }
}
