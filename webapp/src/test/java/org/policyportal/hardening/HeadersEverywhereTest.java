package org.policyportal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyportal.web.SecurityHeaders;

/**
 * Security headers on every route the portal answers, over a real index: pages, API, static files, originals,
 * metrics, and the 400/404/405/414 answers; and no server banner anywhere.
 */
class HeadersEverywhereTest extends HostilePortal {

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoBanner() throws Exception {
        List<String> paths = List.of("/", "/search?q=security", "/search?q=security&mode=clauses",
                "/documents/nl-mail", "/documents/nl-mail/original", "/documents/nope", "/documents/nope/original",
                "/documents/..%2F..%2Fetc%2Fpasswd/original", "/api/search?q=dmarc", "/api/suggest?q=dm",
                "/api/documents/nl-mail", "/api/documents/nope", "/api/openapi.json", "/health", "/metrics",
                "/static/portal.css", "/static/portal.js", "/static/nope.css", "/no/such/page", "/api/nope",
                "/search?page=0", "/api/search?size=1000", "/search?yearFrom=abc",
                "/search?q=" + "x".repeat(5000));
        HttpClient client = HttpClient.newHttpClient();
        for (String p : paths) {
            HttpResponse<String> r = portal.get(p);
            check(p, r);
        }
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(portal.base() + "/search?q=x"))
                    .method(method, HttpRequest.BodyPublishers.ofString("a=b")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(method).isIn(404, 405);
            check(method, r);
        }
    }

    private static void check(String what, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(what).isLessThan(500);
        var h = r.headers();
        assertThat(h.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(v -> assertThat(v)
                .satisfiesAnyOf(x -> assertThat(x).isEqualTo(SecurityHeaders.CSP),
                        x -> assertThat(x).startsWith("sandbox"))); // originals are sandboxed
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).as(what).contains("same-origin");
        assertThat(h.firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(h.firstValue("Permissions-Policy")).as(what).isPresent();
        assertThat(h.firstValue("Server")).as(what).isEmpty();
        assertThat(h.firstValue("X-Powered-By")).as(what).isEmpty();
        assertThat(r.body()).as(what).doesNotContain("Jetty", "javalin", "Exception", "at org.");
    }
}
