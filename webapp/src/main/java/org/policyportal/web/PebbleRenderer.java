package org.policyportal.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders Pebble templates from the classpath folder {@code templates/}. Autoescaping is on (HTML strategy), so
 * every value is escaped unless it passes the {@code markOnly} filter; strict variables are on so a typo in a
 * template fails the test suite instead of rendering blank. Compiled templates are cached.
 *
 * <p>Adds the variables every page needs: {@code large} (projector mode from {@code ?large=1}), {@code css},
 * {@code js} (fingerprinted asset URLs) and {@code path}. Thread-safe: the engine is.
 */
public final class PebbleRenderer implements FileRenderer {

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
