package org.gridcommand.service.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The MSEL as a spreadsheet, because trainers write them in one: sheet {@code Scenario} (field | value),
 * {@code Objectives}, {@code Injects} (one row per inject; readings as {@code T+00:05=4.2; T+00:10=4.6}) and
 * {@code Actions} (one row per expected action, its inject's number first). The first row of each sheet names
 * the columns with the fields of {@code docs/scenario.schema.json}; columns may come in any order.
 */
final class ScenarioXlsx {
    static final String SCENARIO = "Scenario";
    static final String OBJECTIVES = "Objectives";
    static final String INJECTS = "Injects";
    static final String ACTIONS = "Actions";
    private static final List<String> HEADER = List.of("name", "description", "start", "city_state");
    private static final List<String> OBJECTIVE_COLUMNS = List.of("id", "title", "capability", "targets");
    private static final List<String> INJECT_COLUMNS = List.of("number", "at", "contingency", "type", "originator",
            "player_role", "content", "grid", "lon", "lat", "category", "sensor", "camera", "readings", "resource");
    private static final List<String> ACTION_COLUMNS = List.of("inject", "id", "action", "description", "plan",
            "level", "unit", "item", "warehouse", "objective", "deadline", "points", "on_miss");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScenarioXlsx() {
    }

    static void write(JsonNode tree, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet header = wb.createSheet(SCENARIO);
            int r = 0;
            for (String field : HEADER) {
                Row row = header.createRow(r++);
                row.createCell(0).setCellValue(field);
                row.createCell(1).setCellValue(tree.path(field).asText(""));
            }
            Sheet objectives = sheet(wb, OBJECTIVES, OBJECTIVE_COLUMNS);
            r = 1;
            for (JsonNode o : tree.path("objectives")) {
                List<String> targets = new ArrayList<>();
                o.path("targets").forEach(t -> targets.add(t.asText()));
                ObjectNode flat = ((ObjectNode) o.deepCopy()).put("targets", String.join("; ", targets));
                fill(objectives.createRow(r++), OBJECTIVE_COLUMNS, flat);
            }
            Sheet injects = sheet(wb, INJECTS, INJECT_COLUMNS);
            Sheet actions = sheet(wb, ACTIONS, ACTION_COLUMNS);
            int ar = 1;
            r = 1;
            for (JsonNode i : tree.path("injects")) {
                ObjectNode flat = i.deepCopy();
                JsonNode loc = i.path("location");
                loc.fields().forEachRemaining(e -> flat.set(e.getKey(), e.getValue()));
                List<String> readings = new ArrayList<>();
                i.path("readings").forEach(p -> readings.add(p.path("at").asText() + "=" + p.path("value").asText()));
                flat.put("readings", String.join("; ", readings));
                fill(injects.createRow(r++), INJECT_COLUMNS, flat);
                for (JsonNode a : i.path("expected")) {
                    ObjectNode af = ((ObjectNode) a.deepCopy()).put("inject", i.path("number").asText());
                    fill(actions.createRow(ar++), ACTION_COLUMNS, af);
                }
            }
            wb.write(out);
        }
    }

    private static Sheet sheet(Workbook wb, String name, List<String> columns) {
        Sheet s = wb.createSheet(name);
        Row row = s.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private static void fill(Row row, List<String> columns, JsonNode values) {
        for (int c = 0; c < columns.size(); c++) {
            JsonNode v = values.get(columns.get(c));
            if (v == null || v.isNull() || v.isContainerNode() || v.asText().isEmpty()) {
                continue;
            }
            if (v.isNumber()) {
                row.createCell(c).setCellValue(v.asDouble());
            } else {
                row.createCell(c).setCellValue(v.asText());
            }
        }
    }

    /** The workbook as a scenario tree; each part carries its sheet and row for messages. */
    static ObjectNode read(InputStream in) throws IOException {
        ObjectNode root = F.objectNode();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet header = wb.getSheet(SCENARIO);
            if (header != null) {
                for (Row row : header) {
                    String field = text(format, row.getCell(0));
                    if (!field.isEmpty()) {
                        root.put(field, text(format, row.getCell(1)));
                    }
                }
            }
            ArrayNode objectives = root.putArray("objectives");
            for (ObjectNode o : rows(wb.getSheet(OBJECTIVES), format)) {
                ArrayNode targets = F.arrayNode();
                for (String t : o.path("targets").asText("").split(";")) {
                    if (!t.isBlank()) {
                        targets.add(t.trim());
                    }
                }
                o.set("targets", targets);
                objectives.add(o);
            }
            ArrayNode injects = root.putArray("injects");
            Map<String, ObjectNode> byNumber = new HashMap<>();
            for (ObjectNode i : rows(wb.getSheet(INJECTS), format)) {
                injects.add(nest(i));
                byNumber.putIfAbsent(i.path("number").asText(), i);
            }
            for (ObjectNode a : rows(wb.getSheet(ACTIONS), format)) {
                ObjectNode inject = byNumber.get(a.path("inject").asText());
                if (inject == null) {
                    // kept on an inject of its own number so that the reader names the row and the missing inject
                    inject = injects.addObject().put("number", a.path("inject").asText())
                            .put(ScenarioTree.SOURCE, a.path(ScenarioTree.SOURCE).asText());
                    byNumber.put(a.path("inject").asText(), inject);
                }
                a.remove("inject");
                ((ArrayNode) inject.withArray("expected")).add(a);
            }
        }
        return root;
    }

    private static ObjectNode nest(ObjectNode i) {
        ObjectNode loc = F.objectNode();
        for (String f : List.of("grid", "lon", "lat")) {
            JsonNode v = i.remove(f);
            if (v != null) {
                loc.set(f, v);
            }
        }
        if (!loc.isEmpty()) {
            i.set("location", loc);
        }
        JsonNode readings = i.remove("readings");
        if (readings != null) {
            ArrayNode list = i.putArray("readings");
            for (String part : readings.asText().split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] at = part.split("=", 2);
                ObjectNode p = list.addObject().put("at", at[0].trim());
                if (at.length == 2) {
                    p.put("value", at[1].trim());
                }
            }
        }
        return i;
    }

    private static List<ObjectNode> rows(Sheet sheet, DataFormatter format) {
        List<ObjectNode> out = new ArrayList<>();
        if (sheet == null) {
            return out;
        }
        Iterator<Row> it = sheet.iterator();
        if (!it.hasNext()) {
            return out;
        }
        Row head = it.next();
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < head.getLastCellNum(); c++) {
            columns.add(text(format, head.getCell(c)));
        }
        while (it.hasNext()) {
            Row row = it.next();
            ObjectNode n = F.objectNode();
            for (int c = 0; c < columns.size(); c++) {
                String v = text(format, row.getCell(c));
                if (!v.isEmpty() && !columns.get(c).isEmpty()) {
                    n.put(columns.get(c), v);
                }
            }
            if (!n.isEmpty()) {
                n.put(ScenarioTree.SOURCE, sheet.getSheetName() + " row " + (row.getRowNum() + 1));
                out.add(n);
            }
        }
        return out;
    }

    private static String text(DataFormatter format, Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell).trim();
    }
}
