package org.policyportal.metadata;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.extract.Block;
import org.policyportal.extract.Extraction;

/**
 * Turns given metadata (manifest row and sidecar, sidecar winning) plus what extraction found into a document's
 * {@link DocumentMetadata}. Bad values are reported as warnings and replaced by inferred ones; every inferred
 * field is named in {@link DocumentMetadata#inferred()}.
 *
 * <p>Inference: title from the file (HTML title, Office or OSCAL metadata), else its first heading, else its
 * file name; year from the file's dates; language by detection; country from a top-level folder named by a
 * country code ({@code NL/...}), the corpus's convention.
 *
 * <p>Thread-safe when the {@link LanguageGuesser} is (it is).
 */
public final class MetadataResolver {

    /** Columns that become record fields; all others are kept as extra metadata. */
    private static final Set<String> KNOWN = Set.of("path", "title", "country", "issuing_body", "issuingbody", "year",
            "language", "source_url", "sourceurl", "url");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The metadata and the warnings about given values that were unusable. */
    public record Resolution(DocumentMetadata metadata, List<String> warnings) {
        public Resolution {
            warnings = List.copyOf(warnings);
        }
    }

    private final LanguageGuesser languages;

    public MetadataResolver(LanguageGuesser languages) {
        this.languages = languages;
    }

    public Resolution resolve(String key, Map<String, String> given, Extraction extraction) {
        List<String> warnings = new ArrayList<>();
        Set<String> inferred = new HashSet<>();

        String title = given.get("title");
        if (title == null) {
            inferred.add("title");
            title = inferTitle(key, extraction);
        }

        String country = null;
        String givenCountry = given.get("country");
        if (givenCountry != null) {
            country = Countries.normalise(givenCountry).orElse(null);
            if (country == null) {
                warnings.add("unknown country '" + givenCountry + "'");
            }
        }
        if (country == null) {
            inferred.add("country");
            int slash = key.indexOf('/');
            country = slash > 0 ? Countries.normalise(key.substring(0, slash)).orElse(DocumentMetadata.UNKNOWN)
                    : DocumentMetadata.UNKNOWN;
        }

        String body = first(given, "issuing_body", "issuingbody");
        if (body == null) {
            inferred.add("issuingBody");
            body = DocumentMetadata.UNKNOWN;
        }

        Integer year = null;
        String givenYear = given.get("year");
        if (givenYear != null) {
            year = parseYear(givenYear);
            if (year == null) {
                warnings.add("bad year '" + givenYear + "'");
            }
        }
        if (year == null) {
            year = extraction.year();
            if (year != null || givenYear == null) {
                inferred.add("year");
            }
        }

        String language = null;
        String givenLanguage = given.get("language");
        if (givenLanguage != null) {
            language = Languages.normalise(givenLanguage).orElse(null);
            if (language == null) {
                warnings.add("unknown language '" + givenLanguage + "'");
            }
        }
        if (language == null) {
            inferred.add("language");
            language = Optional.ofNullable(extraction.language()).flatMap(Languages::normalise)
                    .or(() -> languages.guess(extraction.text())).orElse(DocumentMetadata.UNKNOWN);
        }

        Map<String, String> extra = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (!KNOWN.contains(k)) {
                extra.put(k, v);
            }
        });
        extraction.properties().forEach(extra::putIfAbsent);
        String url = first(given, "source_url", "sourceurl", "url");
        DocumentMetadata m = new DocumentMetadata(title, country, body, year, language, url, extra, inferred);
        return new Resolution(m, warnings);
    }

    static Integer parseYear(String value) {
        String v = value.strip();
        if (!YEAR.matcher(v).matches()) {
            return null;
        }
        int y = Integer.parseInt(v);
        return y >= 1900 && y <= Year.now().getValue() + 1 ? y : null;
    }

    private static String inferTitle(String key, Extraction extraction) {
        if (extraction.title() != null && extraction.title().length() >= 3) {
            return clip(extraction.title());
        }
        for (Block b : extraction.blocks()) {
            if (b.kind() == Block.Kind.HEADING && b.text().length() >= 3) {
                return clip(b.text().replace('\n', ' '));
            }
        }
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[_-]+", " ").strip();
        return stem.isEmpty() ? name : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() <= 300 ? t : t.substring(0, 300) + "…";
    }

    private static String first(Map<String, String> values, String... keys) {
        for (String k : keys) {
            String v = values.get(k.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
