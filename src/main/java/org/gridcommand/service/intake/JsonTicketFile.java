package org.gridcommand.service.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.NoSuchElementException;
import org.gridcommand.domain.event.Phrase;

/**
 * A JSON export: an array of ticket objects, at the top level or at the mapping's {@code records} path (e.g.
 * {@code data.items}). Streamed one ticket at a time. Columns are field names; a dotted name ({@code geo.lat})
 * reaches into nested objects.
 */
final class JsonTicketFile extends TicketFile {
    /**
     * Exports written by scripts often carry bare NaN / Infinity (Python's json.dumps does): read them as numbers so
     * that the row is judged on its own (its position flagged as not finite) instead of the whole file refused.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final TicketMapping mapping;
    private final JsonParser parser;
    private JsonNode next;
    private int row;

    JsonTicketFile(Reader reader, TicketMapping mapping) throws IOException {
        this.mapping = mapping;
        this.parser = MAPPER.getFactory().createParser(reader);
        try {
            seekArray(mapping.records());
            advance();
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw problem(e);
        }
    }

    private void seekArray(String path) throws IOException {
        JsonToken t = parser.nextToken();
        if (path != null) {
            for (String key : path.split("\\.")) {
                if (t != JsonToken.START_OBJECT) {
                    throw new TicketFileException(Phrase.of("ticketFile.noRecords", path, "records"));
                }
                t = seekField(key);
            }
        }
        if (t != JsonToken.START_ARRAY) {
            throw new TicketFileException(path == null ? Phrase.of("ticketFile.notAnArray", "records")
                    : Phrase.of("ticketFile.notAnArrayAt", path));
        }
    }

    private JsonToken seekField(String key) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(key)) {
                return value;
            }
            parser.skipChildren();
        }
        return null;
    }

    private void advance() throws IOException {
        JsonToken t = parser.nextToken();
        next = t == JsonToken.START_OBJECT ? MAPPER.readTree(parser) : null;
        if (t != JsonToken.START_OBJECT && t != JsonToken.END_ARRAY) {
            throw new TicketFileException(Phrase.of("ticketFile.notAnObject", String.valueOf(row + 1)));
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public TicketRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        JsonNode ticket = next;
        int number = ++row;
        try {
            advance();
        } catch (IOException | RuntimeException e) {
            throw problem(e);
        }
        return new TicketRow() {
            @Override
            public int row() {
                return number;
            }

            @Override
            public String get(String column) {
                JsonNode v = ticket.get(column);
                if (v == null && column.contains(".")) {
                    v = ticket.at("/" + column.replace('.', '/'));
                }
                if (v == null || v.isNull() || v.isMissingNode() || v.isContainerNode()) {
                    return null;
                }
                String s = v.asText().strip();
                return s.isEmpty() ? null : s;
            }
        };
    }

    private RuntimeException problem(Exception e) {
        if (e instanceof TicketFileException t) {
            return t;
        }
        if (isEncodingProblem(e)) {
            return encodingProblem(mapping, e);
        }
        return new TicketFileException(Phrase.of("ticketFile.brokenJson", String.valueOf(row + 1),
                String.valueOf(e.getMessage())), e);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read-only file
        }
    }
}
