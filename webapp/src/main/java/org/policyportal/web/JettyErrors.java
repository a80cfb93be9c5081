package org.policyportal.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (requests refused before they reach the portal: oversized headers, malformed request
 * lines) with the portal's {@link SecurityHeaders} and without stack traces. Everything that reaches a route is
 * answered by {@link ErrorHandling} instead. Thread-safe: stateless.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.HEADERS.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }

    @Override
    public boolean isShowStacks() {
        return false;
    }
}
