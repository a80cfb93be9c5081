package org.policyportal.web.insights;

import io.javalin.http.Context;
import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import java.util.HashMap;
import java.util.Map;
import org.policyportal.web.search.SearchParams;
import org.policyportal.web.search.SearchState;

/**
 * {@code GET /qr} (a page showing a large QR code of a search's URL, for a projector) and {@code /qr.svg} (the
 * code itself, {@code image/svg+xml}). Both take the {@code /search} parameters; the encoded URL is the absolute
 * {@code /search?...} URL. A URL too long for a QR code is a 400. Stateless and thread-safe.
 */
public final class QrHandler {

    public void page(Context ctx) {
        SearchState state = SearchParams.parse(ctx);
        String target = BaseUrl.of(ctx) + state.url();
        encode(target);   // fail with 400 here rather than as a broken image
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Share this search");
        model.put("q", state.query());
        model.put("target", target);
        model.put("searchUrl", state.url());
        model.put("svgUrl", SearchLinks.on(state, "/qr.svg"));
        ctx.render("insights/qr.peb", model);
    }

    public void svg(Context ctx) {
        SearchState state = SearchParams.parse(ctx);
        String target = BaseUrl.of(ctx) + state.url();
        ctx.contentType("image/svg+xml; charset=utf-8");
        ctx.result(QrSvg.render(encode(target), target));
    }

    static QrCode encode(String text) {
        try {
            return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        } catch (DataTooLongException e) {
            throw new IllegalArgumentException("this search's address is too long for a QR code; shorten the query"
                    + " or remove some filters", e);
        }
    }
}
