package org.policyportal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception-handling chain: validation problems become 400, missing things 404, everything else 500
 * with a generic message and an incident id that is logged with the stack trace. {@code /api/*} and
 * {@code /health} answer JSON {@code {"status","error","message"}}; all other paths an HTML page. No response ever
 * contains a stack trace or an exception's internal message. Stateless and thread-safe.
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ValidationException.class, (e, ctx) -> respond(ctx, 400, validationMessage(e), null));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, e.getMessage(), null));
        // Javalin's own text names the method and path; people need to know what to do next instead
        routes.exception(EndpointNotFound.class, (e, ctx) -> respond(ctx, 404, null, null));
        // NotFoundResponse (unknown document, unmatched path) and any other deliberate HTTP status
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            String retryAfter = e.getDetails().get("retryAfter"); // overload refusals say when to come back
            if (retryAfter != null) {
                ctx.header("Retry-After", retryAfter);
            }
            respond(ctx, e.getStatus(), e.getMessage(), null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side. If it keeps happening, report incident "
                    + incident + ".", incident);
        });
    }

    /** Writes the error response; also used by handlers that want an error status without throwing. */
    static void respond(Context ctx, int status, String message, String incident) {
        HttpStatus http = HttpStatus.forStatus(status);
        String text = message == null || message.isBlank() || message.equals(http.getMessage())
                ? defaultMessage(status) : message;
        ctx.status(status);
        if (isApi(ctx.path())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", http.getMessage());
            body.put("message", text);
            if (incident != null) {
                body.put("incident", incident);
            }
            ctx.json(body);
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status);
        model.put("error", http.getMessage());
        model.put("message", text);
        model.put("incident", incident == null ? "" : incident);
        try {
            ctx.render("error.peb", model);
        } catch (RuntimeException renderFailure) {
            // The error page itself failed: log it and fall back to plain text so the client still gets a status.
            LOG.error("error page for status {} failed to render", status, renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + http.getMessage() + "\n" + text);
        }
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health");
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> "We could not find that page. Check the address, or start a new search.";
            case 405 -> "That method is not allowed here.";
            case 400 -> "The request was not valid.";
            default -> "The request could not be completed.";
        };
    }

    /** Javalin's conversion errors say TYPE_CONVERSION_FAILED; people need "size must be a whole number". */
    private static String validationMessage(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .map(entry -> describe(entry.getKey(), entry.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String describe(String field, List<ValidationError<Object>> errors) {
        return errors.stream().map(err -> switch (err.getMessage()) {
            case "TYPE_CONVERSION_FAILED" -> field + " must be a whole number (got '" + err.value + "')";
            case "NULLCHECK_FAILED" -> field + " is required";
            default -> err.getMessage();
        }).collect(Collectors.joining("; "));
    }
}
