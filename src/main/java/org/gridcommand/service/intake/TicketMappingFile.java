package org.gridcommand.service.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.geo.crs.CoordinateSystems;

/**
 * Reads a ticket mapping file (.json, or .yaml/.yml: any YAML, block or flow style, as below). Every key but the
 * first two columns is optional:
 * <pre>
 * encoding: GBK                 # UTF-8 (default), GBK, GB18030…; a BOM always wins
 * delimiter: ","                # CSV only; "\t" for tab
 * timezone: Asia/Shanghai       # of dates written without an offset (default Asia/Shanghai)
 * channel: HOTLINE              # default HOTLINE
 * records: data.items           # JSON exports only: where the array of tickets is (default: the top level)
 * columns:
 *   external_id: 工单编号        # required: re-importing merges on it
 *   created_at: 受理时间          # required: ISO-8601, epoch millis, or one of date_patterns
 *   category: 诉求分类
 *   title: [诉求分类, 诉求标题]   # one column or a list (joined with " - ")
 *   description:                # one column or a list (joined with "；"), in either YAML style
 *   - 诉求内容
 *   - 处理要求
 *   address: 事发地址
 *   reporter: 来电人
 *   longitude: 经度
 *   latitude: 纬度
 *   x: X坐标                      # planar coordinates, used where longitude/latitude are blank
 *   y: Y坐标
 * date_patterns: ["yyyy/M/d H:mm", "yyyy年M月d日 HH:mm:ss", "MM/dd/yyyy hh:mm:ss a"]
 * coordinate_system: BD09       # of longitude/latitude: WGS84 (default), CGCS2000, GCJ02, BD09, EPSG:n
 * planar_coordinate_system: EPSG:4547
 * categories:                   # the sender's category → 事项 code; unmapped ones go to triage
 *   占道经营: "010101"
 * </pre>
 * Every value is read as the text written ({@code 010101} stays {@code 010101}); a value that should be one column
 * or one setting but is a list or a map, or a key given twice, is refused with its name.
 */
public final class TicketMappingFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TicketMappingFile() {
    }

    /**
     * Reads and checks the mapping at {@code file}.
     *
     * @throws TicketMappingException naming what is wrong; nothing has been imported then
     */
    public static TicketMapping read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TicketMappingException(Phrase.of("mapping.cannotRead", file, String.valueOf(e.getMessage())), e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return parse(text, name.endsWith(".yaml") || name.endsWith(".yml"), file.toString());
    }

    /** Parses mapping text (JSON, or YAML when {@code yaml}). */
    public static TicketMapping parse(String text, boolean yaml, String source) {
        JsonNode root;
        try {
            root = yaml ? MappingYaml.parse(text) : JSON.readTree(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new TicketMappingException(Phrase.of("mapping.notValid", source, yaml ? "YAML" : "JSON",
                    String.valueOf(e.getMessage())), e);
        }
        if (root == null || !root.isObject()) {
            throw new TicketMappingException(Phrase.of("mapping.notAnObject", source));
        }
        try {
            JsonNode columns = table(root, "columns");
            String crs = text(root, "coordinate_system");
            String planar = text(root, "planar_coordinate_system");
            if (crs != null) {
                CoordinateSystems.parse(crs);
            }
            if (planar != null) {
                CoordinateSystems.parse(planar);
            }
            String channel = text(root, "channel");
            return new TicketMapping(
                    channel == null ? null : Channel.valueOf(channel.trim().toUpperCase(Locale.ROOT)),
                    text(root, "encoding") == null ? null : Charset.forName(text(root, "encoding")),
                    delimiter(root.path("delimiter")),
                    text(root, "timezone") == null ? null : ZoneId.of(text(root, "timezone")),
                    text(root, "records"),
                    text(columns, "external_id"), text(columns, "created_at"), list(root, "date_patterns"),
                    text(columns, "category"), map(root, "categories"),
                    list(columns, "title"), list(columns, "description"), text(columns, "address"),
                    text(columns, "reporter"), text(columns, "longitude"), text(columns, "latitude"), crs,
                    text(columns, "x"), text(columns, "y"), planar);
        } catch (TicketMappingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TicketMappingException(Phrase.of("mapping.wrong", source, String.valueOf(e.getMessage())), e);
        }
    }

    /** Read as written, not through {@link #text}: a tab ({@code "\t"} in YAML or JSON) is blank but meant. */
    private static char delimiter(JsonNode node) {
        if (node.isContainerNode()) {
            throw new IllegalArgumentException("'delimiter' must be one character, not a list or a map");
        }
        String d = node.isMissingNode() || node.isNull() ? null : node.asText();
        if (d == null || d.isEmpty()) {
            return ',';
        }
        if (d.equals("\\t") || d.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (d.length() != 1) {
            throw new IllegalArgumentException("delimiter must be one character, was '" + d + "'");
        }
        return d.charAt(0);
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v != null && v.isContainerNode()) {
            throw new IllegalArgumentException("'" + key + "' must be one value, not a list or a map");
        }
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<String> list(JsonNode node, String key) {
        JsonNode items = node.path(key);
        List<String> out = new ArrayList<>();
        if (items.isArray()) {
            items.forEach(n -> out.add(scalar(n, key)));
        } else if (items.isObject()) {
            throw new IllegalArgumentException("'" + key + "' must be one value or a list, not a map");
        } else if (!items.isMissingNode() && !items.isNull() && !items.asText().isBlank()) {
            out.add(items.asText());
        }
        return out;
    }

    private static Map<String, String> map(JsonNode node, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        table(node, key).fields().forEachRemaining(e -> out.put(e.getKey().strip(), scalar(e.getValue(), key)));
        return out;
    }

    /**
     * The {@code name: value} lines under {@code key}: a map, or a list of maps as some people write it
     * ({@code - 占道经营: "010101"}), joined into one. A name given twice is refused: which one was meant?
     */
    private static ObjectNode table(JsonNode node, String key) {
        JsonNode entries = node.path(key);
        if (entries.isObject()) {
            return (ObjectNode) entries;
        }
        ObjectNode joined = JSON.createObjectNode();
        if (entries.isArray()) {
            for (JsonNode item : entries) {
                if (!item.isObject()) {
                    throw new IllegalArgumentException("'" + key + "' must be a map of 'name: value' lines, "
                            + "not a list of " + item);
                }
                item.fields().forEachRemaining(e -> {
                    if (joined.has(e.getKey())) {
                        throw new IllegalArgumentException("'" + e.getKey() + "' appears twice under '" + key + "'");
                    }
                    joined.set(e.getKey(), e.getValue());
                });
            }
        } else if (!entries.isMissingNode() && !entries.isNull()) {
            throw new IllegalArgumentException("'" + key + "' must be a map of 'name: value' lines, not " + entries);
        }
        return joined;
    }

    /** One item of a list or map that must hold plain values. */
    private static String scalar(JsonNode item, String key) {
        if (item.isContainerNode()) {
            throw new IllegalArgumentException("the items of '" + key + "' must be plain values, not lists or "
                    + "maps: " + item);
        }
        return item.isNull() ? "" : item.asText();
    }
}
