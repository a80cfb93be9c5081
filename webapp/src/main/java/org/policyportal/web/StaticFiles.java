package org.policyportal.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * {@code GET} and {@code HEAD /static/*}: the {@link Assets} from memory, with a year-long immutable cache header
 * (their URLs are fingerprinted) and a strong ETag ({@code If-None-Match} gets 304). Any other name is 404; names
 * are matched exactly, so no path ever reaches a file system.
 *
 * <p>Why not Javalin's classpath static-file handler: it mounts the whole shaded jar (tens of thousands of
 * entries) as a zip file system at start-up, which cost more than a second of every {@code serve} start for two
 * small files. Stateless apart from the immutable assets; thread-safe.
 */
final class StaticFiles {

    static final String PREFIX = "/static/";
    /** Static assets are fingerprinted with {@code ?v=}, so browsers may keep them for a year. */
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final Assets assets;

    StaticFiles(Assets assets) {
        this.assets = assets;
    }

    void serve(Context ctx) {
        String path = ctx.path();
        String name = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        Assets.Asset asset = assets.file(name).orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }
}
