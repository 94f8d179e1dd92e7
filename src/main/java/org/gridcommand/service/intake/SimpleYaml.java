package org.gridcommand.service.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The block-style YAML a person writes for a mapping file: nested {@code key: value} maps by indentation,
 * {@code - item} and {@code [a, b]} lists of scalars, single- or double-quoted strings, {@code #} comments. No
 * anchors, multi-line scalars or documents: the project carries no YAML library for ten lines of configuration.
 */
final class SimpleYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record Line(int number, int indent, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private int pos;

    private SimpleYaml(String text) {
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = stripComment(raw[i]);
            if (!s.isBlank()) {
                int indent = 0;
                while (indent < s.length() && s.charAt(indent) == ' ') {
                    indent++;
                }
                if (s.charAt(indent) == '\t') {
                    throw new IllegalArgumentException("line " + (i + 1) + ": indent with spaces, not tabs");
                }
                lines.add(new Line(i + 1, indent, s.strip()));
            }
        }
    }

    static JsonNode parse(String text) {
        SimpleYaml y = new SimpleYaml(text);
        if (y.lines.isEmpty()) {
            return NODES.objectNode();
        }
        JsonNode root = y.block(y.lines.get(0).indent());
        if (y.pos < y.lines.size()) {
            throw new IllegalArgumentException("line " + y.lines.get(y.pos).number() + ": unexpected indentation");
        }
        return root;
    }

    private JsonNode block(int indent) {
        return lines.get(pos).text().startsWith("- ") || lines.get(pos).text().equals("-") ? list(indent) : map(indent);
    }

    private ObjectNode map(int indent) {
        ObjectNode map = NODES.objectNode();
        while (pos < lines.size() && lines.get(pos).indent() == indent) {
            Line line = lines.get(pos);
            int colon = keyEnd(line.text());
            if (colon < 0) {
                throw new IllegalArgumentException("line " + line.number() + ": expected 'key: value'");
            }
            String key = unquote(line.text().substring(0, colon).strip());
            String rest = line.text().substring(colon + 1).strip();
            pos++;
            if (!rest.isEmpty()) {
                map.set(key, scalarOrFlow(rest));
            } else if (pos < lines.size() && lines.get(pos).indent() > indent) {
                map.set(key, block(lines.get(pos).indent()));
            } else {
                map.putNull(key);
            }
        }
        return map;
    }

    private ArrayNode list(int indent) {
        ArrayNode list = NODES.arrayNode();
        while (pos < lines.size() && lines.get(pos).indent() == indent && lines.get(pos).text().startsWith("-")) {
            list.add(scalarOrFlow(lines.get(pos).text().substring(1).strip()));
            pos++;
        }
        return list;
    }

    private static JsonNode scalarOrFlow(String s) {
        if (s.startsWith("[") && s.endsWith("]")) {
            ArrayNode list = NODES.arrayNode();
            for (String item : splitFlow(s.substring(1, s.length() - 1))) {
                if (!item.isBlank()) {
                    list.add(unquote(item.strip()));
                }
            }
            return list;
        }
        return NODES.textNode(unquote(s));
    }

    /** Splits "a, 'b, c', d" at the commas outside quotes. */
    private static List<String> splitFlow(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    /** The colon that ends the key: the first ": " (or final ":") outside quotes. */
    private static int keyEnd(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' && s.endsWith("\"") || s.charAt(0) == '\'' && s.endsWith("'"))) {
            String inner = s.substring(1, s.length() - 1);
            return s.charAt(0) == '"' ? inner.replace("\\\"", "\"").replace("\\t", "\t") : inner.replace("''", "'");
        }
        return s;
    }

    private static String stripComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                return s.substring(0, i);
            }
        }
        return s;
    }
}
