package org.gridcommand.service.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.gridcommand.geo.crs.CoordinateSystems;

/**
 * Reads a ticket mapping file (.json, or .yaml/.yml in the simple block style shown here). Every key but the
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
 *   description: 诉求内容        # one column or a list (joined with "；")
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
            throw new TicketMappingException("读不了映射文件 / Cannot read the mapping file " + file + ": "
                    + e.getMessage(), e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return parse(text, name.endsWith(".yaml") || name.endsWith(".yml"), file.toString());
    }

    /** Parses mapping text (JSON, or the YAML subset when {@code yaml}). */
    public static TicketMapping parse(String text, boolean yaml, String source) {
        JsonNode root;
        try {
            root = yaml ? SimpleYaml.parse(text) : JSON.readTree(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new TicketMappingException("映射文件格式有误 / The mapping " + source + " is not valid "
                    + (yaml ? "YAML" : "JSON") + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TicketMappingException("映射文件须是一个对象 / The mapping " + source + " must be an object.");
        }
        JsonNode columns = root.path("columns");
        try {
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
                    delimiter(text(root, "delimiter")),
                    text(root, "timezone") == null ? null : ZoneId.of(text(root, "timezone")),
                    text(root, "records"),
                    text(columns, "external_id"), text(columns, "created_at"), list(root.path("date_patterns")),
                    text(columns, "category"), map(root.path("categories")),
                    list(columns.path("title")), list(columns.path("description")), text(columns, "address"),
                    text(columns, "reporter"), text(columns, "longitude"), text(columns, "latitude"), crs,
                    text(columns, "x"), text(columns, "y"), planar);
        } catch (TicketMappingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TicketMappingException("映射文件 " + source + " 有误 / The mapping " + source + " is wrong: "
                    + e.getMessage(), e);
        }
    }

    private static char delimiter(String d) {
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
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull() && !node.asText().isBlank()) {
            out.add(node.asText());
        }
        return out;
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey().strip(), e.getValue().asText()));
        return out;
    }
}
