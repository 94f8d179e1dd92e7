package org.gridcommand.service.resources;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A stock-take sheet (盘点表) as a CSV file: a header line, then one line per warehouse and item counted. Columns, in
 * any order, in English or Chinese: {@code warehouse}/{@code 仓库编码}, {@code item}/{@code 物资编码},
 * {@code counted}/{@code 盘点数量}, and for an item no warehouse stocks yet {@code name}/{@code 物资名称} and
 * {@code unit}/{@code 单位}. UTF-8 (with or without BOM) is read as such; a file that is not valid UTF-8 is read as
 * GB18030 (what Excel on a Chinese Windows writes), unless an encoding is given.
 */
public final class StockTakeFile {
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "warehouse", List.of("warehouse", "warehouse_code", "仓库编码", "仓库"),
            "item", List.of("item", "item_code", "物资编码"),
            "counted", List.of("counted", "count", "quantity", "盘点数量", "实盘数量"),
            "name", List.of("name", "item_name", "物资名称"),
            "unit", List.of("unit", "measure_unit", "单位"));

    private StockTakeFile() {
    }

    /**
     * The sheet's lines, and the lines that could not be read (each with its line number and why).
     *
     * @param encoding what the file was read as
     */
    public record Sheet(List<StockCount> counts, List<StockTakeReport.Row> unreadable, String encoding) {
    }

    /**
     * The file as a whole cannot be used: what is wrong as a key and its values ({@code cannot-read},
     * {@code not-csv}, {@code no-column}), for the command line to say in its language; the message is English,
     * for logs.
     */
    public static final class Unreadable extends IllegalArgumentException {
        private final transient StockTakeReport.Problem problem;

        Unreadable(StockTakeReport.Problem problem, String message, Throwable cause) {
            super(message, cause);
            this.problem = problem;
        }

        public StockTakeReport.Problem problem() {
            return problem;
        }
    }

    /**
     * Reads the sheet.
     *
     * @param encoding the file's encoding, or null to tell UTF-8 from GB18030 by itself
     * @throws Unreadable when the file cannot be read or has no header with the required columns
     */
    public static Sheet read(Path file, Charset encoding) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable(StockTakeReport.Problem.of("cannot-read", String.valueOf(e.getMessage())),
                    "cannot read " + file + ": " + e.getMessage(), e);
        }
        Charset used = encoding != null ? encoding : isUtf8(bytes) ? StandardCharsets.UTF_8
                : Charset.forName("GB18030");
        String text = new String(bytes, used);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, String> header = headers(parser.getHeaderNames(), file);
            List<StockCount> counts = new ArrayList<>();
            List<StockTakeReport.Row> unreadable = new ArrayList<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1; // the header is line 1
                String warehouse = get(r, header.get("warehouse"));
                String item = get(r, header.get("item"));
                String counted = get(r, header.get("counted"));
                if (warehouse.isEmpty() || item.isEmpty() || counted.isEmpty()) {
                    unreadable.add(bad(line, warehouse, item, StockTakeReport.Problem.of("incomplete")));
                    continue;
                }
                try {
                    counts.add(new StockCount(line, warehouse, item.toUpperCase(Locale.ROOT),
                            Integer.parseInt(counted.replace(",", "")), blankToNull(get(r, header.get("name"))),
                            blankToNull(get(r, header.get("unit")))));
                } catch (NumberFormatException e) {
                    unreadable.add(bad(line, warehouse, item, StockTakeReport.Problem.of("not-a-number", counted)));
                }
            }
            return new Sheet(counts, unreadable, used.name());
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable(StockTakeReport.Problem.of("not-csv", String.valueOf(e.getMessage())),
                    "cannot read " + file + " as CSV: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> headers(List<String> names, Path file) {
        Map<String, String> found = new HashMap<>();
        for (String n : names) {
            String key = n == null ? "" : n.strip().toLowerCase(Locale.ROOT);
            COLUMNS.forEach((column, aliases) -> {
                if (aliases.contains(key)) {
                    found.putIfAbsent(column, n);
                }
            });
        }
        for (String required : List.of("warehouse", "item", "counted")) {
            if (!found.containsKey(required)) {
                throw new Unreadable(StockTakeReport.Problem.of("no-column", required,
                        String.join(", ", COLUMNS.get(required)), String.join(", ", names)),
                        file.getFileName() + ": the header has no '" + required + "' column (one of "
                        + COLUMNS.get(required) + "); it has " + names, null);
            }
        }
        return found;
    }

    private static String get(CSVRecord r, String column) {
        return column == null || !r.isMapped(column) || !r.isSet(column) ? "" : r.get(column).strip();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static StockTakeReport.Row bad(int line, String warehouse, String item, StockTakeReport.Problem why) {
        return new StockTakeReport.Row(line, warehouse, item, null, null, null, 0, why);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
