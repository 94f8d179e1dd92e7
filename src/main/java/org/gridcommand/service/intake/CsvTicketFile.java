package org.gridcommand.service.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.gridcommand.domain.event.Phrase;

/** A CSV export: header line first; quoted fields may hold the delimiter, quotes ("") and newlines. */
final class CsvTicketFile extends TicketFile {
    private final TicketMapping mapping;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private int row;

    CsvTicketFile(Reader reader, TicketMapping mapping) throws IOException {
        this.mapping = mapping;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | UncheckedIOException e) {
            reader.close();
            if (isEncodingProblem(e)) {
                throw encodingProblem(mapping, e);
            }
            throw e;
        }
        List<String> header = parser.getHeaderNames();
        for (int i = header.size() - 1; i >= 0; i--) {
            columns.put(header.get(i).strip(), i); // the first of duplicate names wins
        }
        List<String> missing = new ArrayList<>();
        requiredColumns(mapping).filter(c -> c != null && !columns.containsKey(c)).distinct().forEach(missing::add);
        if (!missing.isEmpty()) {
            parser.close();
            throw new TicketFileException(Phrase.of("ticketFile.noColumn", String.join(", ", missing),
                    String.join(", ", header)));
        }
        this.records = parser.iterator();
    }

    static Stream<String> requiredColumns(TicketMapping m) {
        return Stream.of(Stream.of(m.externalId(), m.createdAt(), m.category(), m.address(), m.reporter(),
                m.longitude(), m.latitude(), m.x(), m.y()), m.title().stream(), m.description().stream())
                .flatMap(s -> s);
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw problem(e);
        }
    }

    @Override
    public TicketRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record;
        try {
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw problem(e);
        }
        int number = ++row;
        return new TicketRow() {
            @Override
            public int row() {
                return number;
            }

            @Override
            public String get(String column) {
                Integer i = columns.get(column);
                if (i == null || i >= record.size()) {
                    return null;
                }
                String v = record.get(i).strip();
                return v.isEmpty() ? null : v;
            }
        };
    }

    private RuntimeException problem(RuntimeException e) {
        if (isEncodingProblem(e)) {
            return encodingProblem(mapping, e);
        }
        return new TicketFileException(Phrase.of("ticketFile.brokenCsv", String.valueOf(row + 1),
                String.valueOf(e.getMessage())), e);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read-only file: nothing to lose
        }
    }
}
