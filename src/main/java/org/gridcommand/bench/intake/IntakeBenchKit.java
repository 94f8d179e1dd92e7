package org.gridcommand.bench.intake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gridcommand.geo.crs.ChinaOffsets;
import org.gridcommand.store.Database;

/**
 * What {@code gridcommand bench intake} needs besides the import itself: a generated city, a generated hotline
 * export with its mapping, and the floor to compare with — the same rows put into the event table by a plain JDBC
 * batch, with no locating, rules or history.
 */
public final class IntakeBenchKit {
    /** The sender's categories of the generated export; the last ones are not in the mapping (→ triage). */
    static final List<String> EXPORT_CATEGORIES = List.of("占道经营", "违章搭建", "道路破损", "道路积水", "垃圾暴露",
            "乱贴广告", "噪音扰民", "绿地损坏", "井盖缺失", "其他咨询");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");
    /** Rows per JDBC batch, as the intake's own writer sends them. */
    private static final int BATCH = 1000;

    private final Database db;
    private final Clock clock;

    public IntakeBenchKit(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The generated city's extent as {west, south, east, north} (WGS84), for senders that need points in it. */
    public static double[] cityBounds() {
        return new double[] {BenchCity.WEST, BenchCity.SOUTH, BenchCity.WEST + BenchCity.WIDTH,
            BenchCity.SOUTH + BenchCity.HEIGHT};
    }

    /** Generates a city of 7 streets, 70 communities, 1,400 grids and 7,000 micro-grids, with units and rules. */
    public int buildCity() {
        return new BenchCity(db).build();
    }

    /**
     * Writes {@code n} hotline tickets (BD-09 points, two date formats, 2 % without coordinates, 2 % outside the
     * city, one in ten in an unmapped category) to {@code csv}, and their mapping next to it.
     *
     * @return the mapping file
     */
    public Path writeTickets(Path csv, int n, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), clock.getZone()).minusDays(30);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("工单编号,受理时间,诉求分类,诉求内容,事发地址,经度,纬度\n");
            for (int i = 1; i <= n; i++) {
                LocalDateTime t = start.plusSeconds(random.nextInt(30 * 86_400));
                String when = i % 2 == 0 ? SLASHED.format(t) : t.toString();
                String category = EXPORT_CATEGORIES.get(random.nextInt(EXPORT_CATEGORIES.size()));
                double lon = BenchCity.WEST + random.nextDouble() * BenchCity.WIDTH;
                double lat = BenchCity.SOUTH + random.nextDouble() * BenchCity.HEIGHT;
                int roll = random.nextInt(100);
                if (roll < 2) {
                    lon += 1.0;
                }
                String point = "";
                if (roll < 2 || roll >= 4) {
                    double[] bd = ChinaOffsets.wgs84ToBd09(lon, lat);
                    point = bd[0] + "," + bd[1];
                } else {
                    point = ",";
                }
                w.write("RX" + i + "," + when + "," + category + ",\"市民反映" + category + "，请处理\"," + "第" + (i % 500)
                        + "号路口," + point + "\n");
            }
        }
        Path mapping = csv.resolveSibling("bench-mapping.yaml");
        StringBuilder m = new StringBuilder("encoding: UTF-8\ntimezone: ").append(clock.getZone())
                .append("\ncolumns:\n  external_id: 工单编号\n  created_at: 受理时间\n  category: 诉求分类\n"
                        + "  description: 诉求内容\n  address: 事发地址\n  longitude: 经度\n  latitude: 纬度\n"
                        + "date_patterns: [\"yyyy/M/d H:mm\"]\ncoordinate_system: BD09\ncategories:\n");
        for (int i = 0; i < EXPORT_CATEGORIES.size() - 1; i++) {
            m.append("  ").append(EXPORT_CATEGORIES.get(i)).append(": \"").append(BenchCity.itemCode(i)).append("\"\n");
        }
        Files.writeString(mapping, m.toString(), StandardCharsets.UTF_8);
        return mapping;
    }

    /**
     * The floor: reads the same CSV and inserts every row into the event table with plain JDBC batches in one
     * transaction — a title, a time and a point, nothing decided. Returns the milliseconds it took.
     */
    public long insertWithPlainJdbc(Path csv) throws IOException {
        long t0 = System.nanoTime();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, number, title, description,"
                        + " channel, external_id, state, urgency, location, address, reported_at, supervision_count,"
                        + " version) VALUES (?, ?, ?, ?, 'HOTLINE', ?, 'REPORTED', 'NORMAL', CAST(? AS GEOMETRY), ?,"
                        + " ?, 0, 0)")) {
                    int pending = 0;
                    for (CSVRecord rec : parser) {
                        long id = db.ids().next();
                        ps.setLong(1, id);
                        ps.setString(2, "F-" + id);
                        ps.setString(3, rec.get(2));
                        ps.setString(4, rec.get(3));
                        ps.setString(5, rec.get(0));
                        ps.setString(6, rec.get(5).isEmpty() ? null
                                : "SRID=4326;POINT(" + rec.get(5) + " " + rec.get(6) + ")");
                        ps.setString(7, rec.get(4));
                        ps.setObject(8, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Fills the database with {@code n} closed events of the past year by plain JDBC batches, so that the open-event
     * queue can be measured with a realistic history under it (issue #4: 1,000,000 historical events). Returns ms.
     */
    private static final int HISTORY_CHUNK = 50_000;

    public long addClosedHistory(int n, long seed) {
        long t0 = System.nanoTime();
        Random random = new Random(seed);
        Instant now = clock.instant();
        // one transaction per chunk: H2 keeps a whole transaction's undo log, and 900,000 rows in one grow the
        // file to tens of gigabytes
        for (int from = 1; from <= n; from += HISTORY_CHUNK) {
            int first = from;
            int last = Math.min(n, from + HISTORY_CHUNK - 1);
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, number, title, channel, state,"
                        + " urgency, reported_at, handling_due_at, closed_at, supervision_count, version)"
                        + " VALUES (?, ?, ?, 'HOTLINE', 'CLOSED', 'NORMAL', ?, ?, ?, 0, 1)")) {
                    for (int i = first; i <= last; i++) {
                        long id = db.ids().next();
                        Instant reported = now.minusSeconds(86_400L * 2 + random.nextInt(363 * 86_400));
                        ps.setLong(1, id);
                        ps.setString(2, "H-" + id);
                        ps.setString(3, "历史工单 " + i);
                        ps.setObject(4, OffsetDateTime.ofInstant(reported, ZoneOffset.UTC));
                        ps.setObject(5, OffsetDateTime.ofInstant(reported.plusSeconds(86_400),
                                ZoneOffset.UTC));
                        ps.setObject(6, OffsetDateTime.ofInstant(reported.plusSeconds(3_600
                                + random.nextInt(80_000)), ZoneOffset.UTC));
                        ps.addBatch();
                        if (i % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
