package org.policyportal.fetch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the source catalogue: an RFC 4180 CSV file (UTF-8, optional BOM) whose header is exactly
 * {@link #HEADER}. Quoted fields may contain commas, quotes ({@code ""}) and line breaks.
 *
 * <p>Contract: returns the entries in file order; rejects a wrong header, a row with the wrong number of
 * fields, an invalid id or URL, and duplicate ids, each with a {@link CatalogueException} naming the line.
 */
public final class CatalogueReader {

    /** The required header of {@code corpus/sources.csv}. */
    public static final List<String> HEADER = List.of(
            "id", "title", "country", "issuing_body", "year", "language", "format", "url", "licence_note");

    public CatalogueReader() {
        // stateless
    }

    /** Reads and validates the catalogue file. */
    public List<CatalogueEntry> read(Path file) throws CatalogueException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new CatalogueException("cannot read catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and validates catalogue text; {@code name} is used in error messages only. */
    public List<CatalogueEntry> read(Reader reader, String name) throws CatalogueException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();
        List<CatalogueEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            boolean first = true;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (first) {
                    first = false;
                    List<String> header = new ArrayList<>(row.toList());
                    if (!header.isEmpty()) {
                        header.set(0, header.get(0).replace("\uFEFF", ""));
                    }
                    header.replaceAll(String::trim);
                    if (!header.equals(HEADER)) {
                        throw new CatalogueException(name + ": header must be " + String.join(",", HEADER)
                                + " but was " + String.join(",", header));
                    }
                    continue;
                }
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != HEADER.size()) {
                    throw new CatalogueException(name + " line " + line + ": expected " + HEADER.size()
                            + " fields but found " + row.size());
                }
                CatalogueEntry entry;
                try {
                    entry = CatalogueEntry.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4),
                            row.get(5), row.get(6), row.get(7), row.get(8));
                } catch (IllegalArgumentException e) {
                    throw new CatalogueException(name + " line " + line + ": " + e.getMessage(), e);
                }
                if (!ids.add(entry.id())) {
                    throw new CatalogueException(name + " line " + line + ": duplicate id '" + entry.id() + "'");
                }
                entries.add(entry);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CatalogueException(name + ": malformed CSV: " + e.getMessage(), e);
        }
        return List.copyOf(entries);
    }
}
