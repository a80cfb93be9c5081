package org.policyportal.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (requests refused before they reach the portal: oversized headers, malformed request
 * lines) with the portal's {@link SecurityHeaders} and without stack traces. Everything that reaches a route is
 * answered by {@link ErrorHandling} instead. Thread-safe: stateless.
 *
 * <p>A refused request line or header block always ends its connection, and the answer says so with
 * {@code Connection: close}. Jetty answers such a request as HTTP/1.0 without that header, under an HTTP/1.1 status
 * line, so an HTTP/1.1 client (the JDK's among them) took the connection as reusable: its next request could meet
 * the unread rest of the refused one and come back as Jetty's "400 Illegal character" page.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        return super.handle(request, response, callback);
    }

    @Override
    public boolean isShowStacks() {
        return false;
    }
}
