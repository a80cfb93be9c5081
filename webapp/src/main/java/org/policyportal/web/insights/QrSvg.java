package org.policyportal.web.insights;

import io.nayuki.qrcodegen.QrCode;

/**
 * Renders a {@link QrCode} as a standalone SVG: one path of unit squares on a white square with a four-module quiet
 * zone, crisp at any projector size. The encoded text is the (escaped) {@code <title>}. Stateless and thread-safe.
 */
final class QrSvg {

    static final int BORDER = 4;

    private QrSvg() {
    }

    static String render(QrCode qr, String text) {
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder(qr.size * qr.size * 4);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-labelledby=\"qr-title\" shape-rendering=\"crispEdges\">\n"
                + "<title id=\"qr-title\">QR code for " + Xml.escape(text) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
                + "<path d=\"" + path + "\" fill=\"#000000\"/>\n</svg>\n";
    }
}
