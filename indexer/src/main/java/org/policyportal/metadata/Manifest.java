package org.policyportal.metadata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV manifest: one row per document, with at least {@code path,title,country,issuing_body,year,language}
 * (RFC 4180 quoting, so values may contain commas). Other columns are kept as extra metadata. Paths are
 * relative to the manifest's folder.
 *
 * <p>Thread-safe: immutable after {@link #read}.
 */
public final class Manifest {

    public static final List<String> REQUIRED = List.of("path", "title", "country", "issuing_body", "year", "language");

    /**
     * One row.
     *
     * @param line   1-based line number in the file, for the report
     * @param path   the path column as written
     * @param values every column by lower-cased header name, blanks dropped
     */
    public record Row(long line, String path, Map<String, String> values) {
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // column order
        }
    }

    private final Path file;
    private final List<Row> rows;
    private final List<String> problems;

    private Manifest(Path file, List<Row> rows, List<String> problems) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    /** Reads a manifest; structural problems (missing columns, rows without a path) are listed, not thrown. */
    public static Manifest read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add("manifest " + file.getFileName() + " lacks column '" + required + "'");
                }
            }
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    String v = record.get(i);
                    if (v != null && !v.isBlank() && !header.get(i).isEmpty()) {
                        values.put(header.get(i), v.strip());
                    }
                }
                String path = values.get("path");
                long line = record.getParser().getCurrentLineNumber();
                if (path == null) {
                    problems.add("manifest line " + line + ": no path");
                } else {
                    rows.add(new Row(line, path, values));
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add("manifest " + file.getFileName() + " is not valid CSV: " + e.getMessage());
        }
        return new Manifest(file, rows, problems);
    }

    public Path file() {
        return file;
    }

    public Path folder() {
        return file.toAbsolutePath().normalize().getParent();
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> problems() {
        return problems;
    }
}
