package org.policyportal.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SortOrder;

/**
 * The fixed, seeded query mix used to compare with the Solr baseline: single terms, phrases, booleans (all-of,
 * OR, NOT), each with 0-2 facet filters (country, standard, language), 10 rows, first page, all facets, three
 * highlighted snippets per hit. One request path per line, so {@code bench/LoadClient.java} can replay it over
 * HTTP and {@link SearchBench} in-process.
 *
 * <pre>java -cp ... org.policyportal.bench.QueryMix [--seed 7] [--count 400] [--mode documents|clauses] OUT</pre>
 */
public final class QueryMix {

    static final String[] TERMS = {"security", "procurement", "privacy", "cloud", "encryption", "incident",
            "contract", "supplier", "risk", "data", "network", "software", "access", "vulnerability", "audit",
            "authentication", "logging", "firewall", "accessibility", "certificate", "email", "backup", "identity",
            "patch", "vendor", "compliance", "monitoring", "breach", "tender", "sécurité", "informatiebeveiliging",
            "Sicherheit", "turvalisuse", "ipv6", "dnssec", "tls", "dmarc", "rpki", "https", "sbom"};
    static final String[] PHRASES = {"supply chain", "zero trust", "incident response", "personal data",
            "access control", "open source", "risk assessment", "security requirements", "cloud service",
            "data protection", "multi-factor authentication", "vulnerability management", "public sector"};
    static final String[] COUNTRIES = {"US", "US", "US", "GB", "GB", "CA", "FR", "NL", "DE", "EE", "EU", "INT"};
    static final String[] STANDARDS = {"ipv6", "tls", "iso-27001", "https", "dmarc", "dnssec", "nist-sp-800-53",
            "spf", "rpki", "fips-140"};
    static final String[] LANGUAGES = {"en", "en", "fr", "nl", "de"};

    private QueryMix() {
    }

    public static List<String> generate(long seed, int count, SearchMode mode) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String q = switch (r.nextInt(10)) {
                case 0, 1, 2, 3 -> TERMS[r.nextInt(TERMS.length)];                                  // 40 % term
                case 4, 5 -> "\"" + PHRASES[r.nextInt(PHRASES.length)] + "\"";                      // 20 % phrase
                case 6, 7 -> TERMS[r.nextInt(TERMS.length)] + " " + TERMS[r.nextInt(TERMS.length)]; // 20 % AND
                case 8 -> TERMS[r.nextInt(TERMS.length)] + " OR " + TERMS[r.nextInt(TERMS.length)];  // 10 % OR
                default -> TERMS[r.nextInt(TERMS.length)] + " -" + TERMS[r.nextInt(TERMS.length)];  // 10 % NOT
            };
            StringBuilder url = new StringBuilder("/api/search?q=").append(enc(q)).append("&size=10");
            int filters = r.nextInt(3); // 0, 1 or 2 facet filters
            List<String> dims = new ArrayList<>(List.of("country", "standard", "language"));
            for (int f = 0; f < filters; f++) {
                String dim = dims.remove(r.nextInt(dims.size()));
                String value = switch (dim) {
                    case "country" -> COUNTRIES[r.nextInt(COUNTRIES.length)];
                    case "standard" -> STANDARDS[r.nextInt(STANDARDS.length)];
                    default -> LANGUAGES[r.nextInt(LANGUAGES.length)];
                };
                url.append('&').append(dim).append('=').append(enc(value));
            }
            if (mode == SearchMode.CLAUSES) {
                url.append("&mode=clauses");
            }
            out.add(url.toString());
        }
        return out;
    }

    /** Reads a mix file (one request path per line, # comments) and turns each /api/search line into a request. */
    public static List<SearchRequest> read(Path file) throws IOException {
        List<SearchRequest> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("search?")) {
                continue;
            }
            out.add(toRequest(l));
        }
        return out;
    }

    static SearchRequest toRequest(String path) {
        String query = path.substring(path.indexOf('?') + 1);
        String q = "";
        SearchMode mode = SearchMode.DOCUMENTS;
        SortOrder sort = SortOrder.RELEVANCE;
        int page = 1;
        int size = SearchRequest.DEFAULT_SIZE;
        Map<String, List<String>> filters = new LinkedHashMap<>();
        List<String> facets = new ArrayList<>();
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            String k = eq < 0 ? kv : kv.substring(0, eq);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            switch (k) {
                case "q" -> q = v;
                case "mode" -> mode = SearchMode.fromParam(v);
                case "sort" -> sort = SortOrder.fromParam(v);
                case "page" -> page = Integer.parseInt(v);
                case "size" -> size = Integer.parseInt(v);
                case "country", "standard", "language", "issuingBody", "year", "strength", "digital", "security",
                     "securityStandards" -> filters.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                case "facets" -> facets.addAll(List.of(v.split(",")));
                default -> {
                }
            }
        }
        return new SearchRequest(q, filters, null, null, mode, sort, page, size, SearchRequest.DEFAULT_FACET_LIMIT,
                facets);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        long seed = 7;
        int count = 400;
        SearchMode mode = SearchMode.DOCUMENTS;
        Path outFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--mode" -> mode = SearchMode.fromParam(args[++i]);
                default -> outFile = Path.of(args[i]);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Solr-comparable mix (QueryMix --seed " + seed + " --count " + count + " --mode "
                + mode.name().toLowerCase() + "): 40% terms, 20% phrases, 20% AND, 10% OR, 10% NOT; 0-2 facet "
                + "filters; 10 rows, all facets, 3 snippets per hit");
        lines.addAll(generate(seed, count, mode));
        if (outFile == null) {
            lines.forEach(System.out::println);
        } else {
            Files.write(outFile, lines);
        }
    }
}
