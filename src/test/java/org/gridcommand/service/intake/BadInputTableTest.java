package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input probe of issue 9, kept as a test: every input a sender or an export can get wrong, sent over real
 * HTTP or imported from a real file, with the answer it must get — a 4xx with a reason (never "503 retry later"),
 * or a rejected row with its number while the rest of the file is imported. Prints the table (input → answer) and
 * writes it to {@code target/intake-bad-input.md} for the issue note: {@code ./mvnw -o -q test
 * -Dtest=BadInputTableTest}.
 */
class BadInputTableTest {
    static final String REPORTS = "/api/v1/reports";
    static final String READINGS = "/api/v1/sensor-readings";

    @TempDir
    Path dir;

    record Case(String input, String path, String body, int status, String says) {
    }

    static String report(String fields) {
        return "{\"channel\":\"GRID_WORKER\",\"title\":\"井盖缺失\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    static List<Case> httpCases() {
        String long81 = "A".repeat(81);
        return List.of(
                new Case("lon \"NaN\" (string), lat numeric", REPORTS, report("\"lon\":\"NaN\",\"lat\":30.005"), 400,
                        "finite"),
                new Case("lon NaN (bare JSON token)", REPORTS, report("\"lon\":NaN,\"lat\":30.005"), 400,
                        "not valid JSON"),
                new Case("lat \"Infinity\"", REPORTS, report("\"lon\":120.0025,\"lat\":\"Infinity\""), 400, "finite"),
                new Case("lon 1e999 (overflows to infinity)", REPORTS, report("\"lon\":1e999,\"lat\":30.005"), 400,
                        "finite"),
                new Case("lon 200 (out of range)", REPORTS, report("\"lon\":200,\"lat\":30.005"), 400, "out of range"),
                new Case("only lon", REPORTS, report("\"lon\":120.0025"), 400, "both lon and lat"),
                new Case("reported_at year +99999", REPORTS, report("\"reported_at\":\"+99999-01-01T00:00:00Z\""),
                        400, "more than a day after"),
                new Case("reported_at epoch Long.MAX", REPORTS, report("\"reported_at\":" + Long.MAX_VALUE), 400,
                        "more than a day after"),
                new Case("reported_at epoch 1e20 (beyond a long)", REPORTS,
                report("\"reported_at\":100000000000000000000"),
                        400, "out of range"),
                new Case("reported_at 0 (1970)", REPORTS, report("\"reported_at\":0"), 400, "before 2000"),
                new Case("reported_at two days ahead", REPORTS, report("\"reported_at\":\"2026-11-26T10:00:00+08:00\""),
                        400, "more than a day after"),
                new Case("reported_at without offset", REPORTS, report("\"reported_at\":\"2026-11-24T10:00:00\""),
                        400, "ISO-8601"),
                new Case("external_id of 81 characters", REPORTS, report("\"external_id\":\"" + long81 + "\""), 400,
                        "at most 80"),
                new Case("external_id with ESC", REPORTS, report("\"external_id\":\"APP-\\u001b[31m1\""), 400,
                        "control character"),
                new Case("title of 201 characters", REPORTS, "{\"channel\":\"GRID_WORKER\",\"title\":\""
                        + "井".repeat(201) + "\"}", 400, "at most 200"),
                new Case("description of 4,001 characters", REPORTS, "{\"channel\":\"GRID_WORKER\",\"description\":\""
                        + "a".repeat(4001) + "\"}", 400, "at most 4000"),
                new Case("address of 301 characters", REPORTS, report("\"address\":\"" + "路".repeat(301) + "\""),
                        400, "at most 300"),
                new Case("reporter of 61 characters", REPORTS, report("\"reporter\":\"" + "王".repeat(61) + "\""),
                        400, "at most 60"),
                new Case("title with NUL and ESC", REPORTS, "{\"channel\":\"GRID_WORKER\",\"external_id\":\"CTRL-1\","
                        + "\"title\":\"井盖\\u0000缺失\\u001b[2J\"}", 202, "event_id"),
                new Case("no title, no description", REPORTS, "{\"channel\":\"GRID_WORKER\"}", 400,
                        "title or description"),
                new Case("unknown channel", REPORTS, "{\"channel\":\"FAX\",\"title\":\"x\"}", 400, "channel must be"),
                new Case("broken JSON", REPORTS, "{\"channel\":", 400, "not valid JSON"),
                new Case("a JSON array", REPORTS, "[1,2]", 400, "JSON object"),
                new Case("unknown crs", REPORTS, report("\"lon\":120,\"lat\":30,\"crs\":\"EPSG:999999\""), 400,
                        "cannot convert"),
                new Case("body of 2 MB", REPORTS, report("\"description\":\"" + "a".repeat(2 << 20) + "\""), 413,
                        "larger than"),
                new Case("sensor value \"Infinity\"", READINGS, "{\"sensor_code\":\"WL-001\",\"value\":\"Infinity\"}",
                        400, "finite"),
                new Case("sensor value \"NaN\"", READINGS, "{\"sensor_code\":\"WL-001\",\"value\":\"NaN\"}", 400,
                        "finite"),
                new Case("sensor time year +99999", READINGS, "{\"sensor_code\":\"WL-001\",\"value\":1,"
                        + "\"time\":\"+99999-01-01T00:00:00Z\"}", 400, "more than a day after"),
                new Case("unknown sensor", READINGS, "{\"sensor_code\":\"NOPE\",\"value\":1}", 404, "NOPE"),
                new Case("wrong path", "/api/v1/report", report(""), 404, "no such resource"));
    }

    @Test
    void every_bad_input_gets_a_4xx_with_its_reason_and_nothing_half_recorded() throws Exception {
        List<String> table = new ArrayList<>();
        table.add("| input | answer |");
        table.add("|---|---|");
        try (IntakeFixture intake = new IntakeFixture(SmallCity.onH2(dir), IntakeServer.Limits.DEFAULT)) {
            for (Case c : httpCases()) {
                HttpResponse<String> r = intake.post(c.path(), c.body());
                table.add("| " + c.path() + ": " + c.input() + " | " + r.statusCode() + " " + shown(r.body()) + " |");
                assertThat(r.statusCode()).as(c.input()).isEqualTo(c.status());
                assertThat(r.body()).as(c.input()).contains(c.says());
            }
            assertThat(intake.city.count("event")).as("only the cleaned NUL/ESC title was recorded").isOne();
            Event cleaned = intake.city.db.transact(s -> s.createSelectionQuery(
                    "from Event e where e.externalId = 'CTRL-1'", Event.class).getSingleResult());
            assertThat(cleaned.getTitle()).isEqualTo("井盖缺失[2J");
            assertThat(intake.city.count("sensor WHERE state = 'ALARM'")).as("Infinity raised no alarm").isZero();
        }
        print("HTTP intake", table);
    }

    static String shown(String body) {
        String b = body.length() > 160 ? body.substring(0, 160) + "…" : body;
        return b.replace("|", "\\|").replace("\n", " ");
    }

    static void print(String title, List<String> table) throws Exception {
        String text = "### " + title + "\n\n" + String.join("\n", table) + "\n\n";
        System.out.print(text);
        Path out = Path.of("target", "intake-bad-input.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    @Test
    void a_hotline_file_with_bad_rows_imports_the_good_ones_and_names_each_bad_row() throws Exception {
        String csv = "工单编号,受理时间,诉求分类,诉求标题,诉求内容,处理要求,事发地址,来电人,经度,纬度\n"
                + "OK001,2026/11/20 9:05,占道经营,东湖路占道,摊贩占道,,东湖路1号,张先生,,\n"
                + "Y99999,+99999-01-01T00:00:00,占道经营,未来,未来的时间,,,,,\n"
                + "Y1970,1970/1/1 8:00,占道经营,过去,过去的时间,,,,,\n"
                + "EPOCH-MAX," + Long.MAX_VALUE + ",占道经营,大数,大数时间,,,,,\n"
                + "AHEAD,2026/11/26 10:00,占道经营,超前,两天后,,,,,\n"
                + "NAN001,2026/11/20 9:05,占道经营,坐标NaN,坐标NaN,,,,NaN,30.005\n"
                + "INF001,2026/11/20 9:05,占道经营,坐标Inf,坐标Inf,,,,120.0,Infinity\n"
                + "LONG-TITLE,2026/11/20 9:05,占道经营," + "长".repeat(201) + ",长标题,,,,,\n"
                + "LONG-DESC,2026/11/20 9:05,占道经营,长描述," + "长".repeat(4001) + ",,,,,\n"
                + "\"CTRL\u001b01\",2026/11/20 9:05,占道经营,控制字符,编号含ESC,,,,,\n"
                + "NUL001,2026/11/20 9:05,占道经营,\"标题\u0000含NUL\",描述,,,,,\n"
                + "A" + "9".repeat(80) + ",2026/11/20 9:05,占道经营,长编号,长编号,,,,,\n"
                + "OK002,2026/11/21 10:00,违章搭建,屋顶加层,楼顶违建,,和平路8号,李女士,,\n";
        Path file = dir.resolve("bad-rows.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, Files.readString(TicketImportTest.resource("hotline-gbk-mapping.yaml"),
                Charset.forName("UTF-8")).replace("encoding: GBK", "encoding: UTF-8")
                .replace("coordinate_system: BD09", "coordinate_system: WGS84"), StandardCharsets.UTF_8);

        List<String> table = new ArrayList<>();
        table.add("| row | input | answer |");
        table.add("|---|---|---|");
        try (SmallCity city = SmallCity.onH2(dir)) {
            TicketImportReport r = new TicketImportService(city.db, city.clock).importFile(file,
                    TicketMappingFile.read(mapping), TicketImportOptions.defaults());
            for (TicketImportReport.RejectedRow row : r.rejected()) {
                table.add("| " + row.row() + " | " + row.externalId() + " | rejected: "
                        + shown(TicketWords.ENGLISH.say(row.reason())) + " |");
            }
            assertThat(r.rejected()).extracting(TicketImportReport.RejectedRow::row)
                    .containsExactly(2, 3, 4, 5, 8, 9, 10, 12);
            assertThat(r.imported()).isEqualTo(5); // OK001, OK002, the two unlocated NaN/Infinity rows, NUL cleaned
            assertThat(city.count("event WHERE external_id IN ('NAN001', 'INF001') AND location IS NULL")).isEqualTo(2);
            assertThat(city.count("event WHERE external_id = 'NUL001' AND title = '标题含NUL'")).isOne();
            table.add("| 6, 7 | NAN001, INF001 | imported without a position, flagged: "
                    + "coordinate is not a finite number |");
            table.add("| 11 | NUL001 | imported, NUL removed from the title |");
        }
        print("Hotline file (CSV) rows", table);
    }

    @Test
    void a_json_export_with_bare_nan_and_an_impossible_date_keeps_the_file_and_names_the_row() throws Exception {
        Path file = dir.resolve("tickets.json");
        Files.writeString(file, "[{\"id\":\"J1\",\"time\":\"2026-11-20 09:05\",\"title\":\"占道\",\"lon\":120.0025,"
                + "\"lat\":30.005},\n {\"id\":\"J2\",\"time\":\"2026-11-20 09:06\",\"title\":\"坐标NaN\",\"lon\":NaN,"
                + "\"lat\":30.005},\n {\"id\":\"J3\",\"time\":\"+99999-01-01T00:00:00\",\"title\":\"未来\"}]",
                StandardCharsets.UTF_8);
        Path mapping = dir.resolve("json-mapping.yaml");
        Files.writeString(mapping, "encoding: UTF-8\ntimezone: Asia/Shanghai\nchannel: HOTLINE\ncolumns:\n"
                + "  external_id: id\n  created_at: time\n  title: title\n  longitude: lon\n  latitude: lat\n"
                + "coordinate_system: WGS84\n", StandardCharsets.UTF_8);

        List<String> table = new ArrayList<>();
        table.add("| item | input | answer |");
        table.add("|---|---|---|");
        try (SmallCity city = SmallCity.onH2(dir)) {
            TicketImportReport r = new TicketImportService(city.db, city.clock).importFile(file,
                    TicketMappingFile.read(mapping), TicketImportOptions.defaults());
            for (TicketImportReport.RejectedRow row : r.rejected()) {
                table.add("| " + row.row() + " | " + row.externalId() + " | rejected: "
                        + shown(TicketWords.ENGLISH.say(row.reason())) + " |");
            }
            assertThat(r.imported()).isEqualTo(2);
            assertThat(r.rejected()).extracting(TicketImportReport.RejectedRow::row).containsExactly(3);
            assertThat(city.count("event WHERE external_id = 'J2' AND location IS NULL")).isOne();
            table.add("| 2 | J2 (bare NaN) | imported without a position, flagged: "
                    + "coordinate is not a finite number |");
        }
        print("Hotline file (JSON) items", table);
    }
}
