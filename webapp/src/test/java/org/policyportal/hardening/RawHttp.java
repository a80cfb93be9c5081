package org.policyportal.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A bare HTTP/1.1 client for request lines {@code java.net.http} refuses to send (malformed escapes, raw bytes). */
final class RawHttp {

    /** Status code and body. */
    record Response(int status, String head, String body) {
    }

    private RawHttp() {
    }

    /** Sends {@code GET target} (written byte for byte) and reads the whole response. */
    static Response get(int port, String target, int timeoutMs) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(timeoutMs);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            String[] statusLine = head.split(" ", 3);
            return new Response(Integer.parseInt(statusLine[1]), head, body);
        }
    }
}
