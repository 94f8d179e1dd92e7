package org.gridcommand.service.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the YAML of a mapping file (any YAML: block or flow style, comments, quoted keys, lists of maps) into a tree
 * whose every scalar is the text as written. Jackson's own tree would read {@code 占道经营: 010101} as the octal number
 * 4161 and {@code yes} as {@code true}; a category code or a column name must arrive the way the person wrote it.
 */
final class MappingYaml {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MappingYaml() {
    }

    /**
     * The tree of {@code text}: objects, arrays, text and nulls; an empty document is an empty object.
     *
     * @throws IllegalArgumentException naming the line (and column) of the first problem
     */
    static JsonNode parse(String text) {
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() == null) {
                return NODES.objectNode();
            }
            JsonNode root = read(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException(at(p.currentTokenLocation())
                        + "a second YAML document ('---'): a mapping file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(describe(e), e);
        } catch (IOException e) {
            // reading a String does no I/O; a parser failure always arrives as JsonProcessingException
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(p.getText());
        };
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation where = p.currentTokenLocation();
            if (object.has(key)) {
                // YAML forbids it, and silently keeping one of two category codes would dispatch tickets wrongly
                throw new IllegalArgumentException(at(where) + "'" + key + "' appears twice in the same map");
            }
            p.nextToken();
            object.set(key, read(p));
        }
        return object;
    }

    private static ArrayNode array(JsonParser p) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(p));
        }
        return array;
    }

    private static String at(JsonLocation where) {
        return "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
    }

    /** SnakeYAML's report, short: where the problem is, what it is, and what it was reading. */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            String context = y.getContext() == null ? "" : " (" + y.getContext()
                    + (y.getContextMark() == null ? "" : " from line " + line(y.getContextMark())) + ")";
            return "line " + line(y.getProblemMark()) + ", column " + (y.getProblemMark().getColumn() + 1) + ": "
                    + y.getProblem() + context;
        }
        return at(e.getLocation()) + e.getOriginalMessage();
    }

    private static int line(Mark mark) {
        return mark.getLine() + 1;
    }
}
