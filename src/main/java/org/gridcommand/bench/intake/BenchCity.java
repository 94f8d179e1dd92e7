package org.gridcommand.bench.intake;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import org.gridcommand.store.Database;

/**
 * A regular city for the intake bench, written with JDBC batches: 7 streets of 10 communities, each community
 * 4×5 grids, each grid a row of 5 micro-grids (7,000), with community committees, street sections, ten district
 * departments, nine 事项 of mixed difficulty and a few dispatch rules.
 */
final class BenchCity {
    static final double WEST = 120.0;
    static final double SOUTH = 30.0;
    static final int MICRO_COLS = 100;
    static final int ROWS = 70;
    static final double MICRO_W = 0.0035;
    static final double ROW_H = 0.00285;
    static final double WIDTH = MICRO_COLS * MICRO_W;
    static final double HEIGHT = ROWS * ROW_H;
    private static final String[] DIFFICULTY = {"SMALL", "HARD", "BIG", "BIG", "SMALL", "SMALL", "SMALL", "SMALL",
            "HARD"};

    private final Database db;
    private PreparedStatement areas;
    private int microGrids;

    BenchCity(Database db) {
        this.db = db;
    }

    static String itemCode(int i) {
        return String.format(Locale.ROOT, "01%02d%02d", i / 3 + 1, i % 3 + 1);
    }

    int build() {
        return db.withConnection(c -> {
            areas = c.prepareStatement("INSERT INTO area (id, level, code, name, parent_id, households, boundary) "
                    + "VALUES (?, ?, ?, ?, ?, 400, CAST(? AS GEOMETRY))");
            long district = area("DISTRICT", "B", "基准区", null, 0, 0, MICRO_COLS, ROWS);
            areas.executeBatch();
            try (PreparedStatement units = c.prepareStatement("INSERT INTO unit (id, code, name, kind, level, "
                    + "area_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int d = 0; d < 10; d++) {
                    unit(units, "DEP" + d, "区级部门" + d, "DISTRICT_DEPARTMENT", "DISTRICT", district);
                }
                for (int s = 0; s < 7; s++) {
                    long street = area("STREET", "BS" + s, "街道" + s, district, 0, s * 10, MICRO_COLS, s * 10 + 10);
                    unit(units, "SEC" + s, "街道板块" + s, "STREET_SECTION", "STREET", street);
                    for (int cr = 0; cr < 2; cr++) {
                        for (int cc = 0; cc < 5; cc++) {
                            community(units, street, s, cr, cc);
                        }
                    }
                    areas.executeBatch();
                    units.executeBatch();
                }
            }
            try (PreparedStatement cats = c.prepareStatement("INSERT INTO category (id, code, name, tier, kind, "
                    + "parent_id, difficulty, default_unit_code, response_minutes, onsite_minutes, handling_minutes, "
                    + "working_hours) VALUES (?, ?, ?, ?, 'EVENT', ?, ?, ?, ?, 0, ?, FALSE)")) {
                long major = category(cats, "01", "市容环境", "MAJOR", null, null, null, 0);
                for (int m = 0; m < 3; m++) {
                    long minor = category(cats, String.format(Locale.ROOT, "01%02d", m + 1), "小类" + m, "MINOR", major,
                            null, null, 0);
                    for (int i = m * 3; i < m * 3 + 3; i++) {
                        category(cats, itemCode(i), IntakeBenchKit.EXPORT_CATEGORIES.get(i), "ITEM", minor,
                                DIFFICULTY[i], "DEP" + i, 240 + 60 * i);
                    }
                }
                cats.executeBatch();
            }
            try (PreparedStatement rules = c.prepareStatement("INSERT INTO dispatch_rule (id, category_code, "
                    + "area_code_prefix, lead_unit_code, co_handler_codes, priority) VALUES (?, ?, ?, ?, ?, 0)")) {
                rule(rules, itemCode(2), "BS0", "DEP9", "SEC0");
                rule(rules, itemCode(5), null, "DEP5", null);
                rule(rules, "0103", "BS3", "SEC3", null);
                rules.executeBatch();
            }
            areas.close();
            return microGrids;
        });
    }

    private void community(PreparedStatement units, long street, int s, int cr, int cc) throws SQLException {
        int col0 = cc * 20;
        int row0 = s * 10 + cr * 5;
        String code = "BS" + s + "C" + cr + cc;
        long community = area("COMMUNITY", code, "社区" + code, street, col0, row0, col0 + 20, row0 + 5);
        unit(units, "CM" + code, "居委会" + code, "COMMUNITY", "COMMUNITY", community);
        for (int gr = 0; gr < 5; gr++) {
            for (int gc = 0; gc < 4; gc++) {
                String gcode = code + "G" + gr + gc;
                int x = col0 + gc * 5;
                long grid = area("GRID", gcode, "网格" + gcode, community, x, row0 + gr, x + 5, row0 + gr + 1);
                for (int m = 0; m < 5; m++) {
                    area("MICRO_GRID", gcode + "M" + m, "微网格" + gcode + m, grid, x + m, row0 + gr, x + m + 1,
                            row0 + gr + 1);
                    microGrids++;
                }
            }
        }
    }

    private long area(String level, String code, String name, Long parent, int c0, int r0, int c1, int r1)
            throws SQLException {
        long id = db.ids().next();
        double x0 = WEST + c0 * MICRO_W;
        double y0 = SOUTH + r0 * ROW_H;
        double x1 = WEST + c1 * MICRO_W;
        double y1 = SOUTH + r1 * ROW_H;
        areas.setLong(1, id);
        areas.setString(2, level);
        areas.setString(3, code);
        areas.setString(4, name);
        setLong(areas, 5, parent);
        areas.setString(6, String.format(Locale.ROOT, "SRID=4326;POLYGON((%.6f %.6f, %.6f %.6f, %.6f %.6f, %.6f %.6f,"
                + " %.6f %.6f))", x0, y0, x1, y0, x1, y1, x0, y1, x0, y0));
        areas.addBatch();
        return id;
    }

    private void unit(PreparedStatement ps, String code, String name, String kind, String level, long area)
            throws SQLException {
        ps.setLong(1, db.ids().next());
        ps.setString(2, code);
        ps.setString(3, name);
        ps.setString(4, kind);
        ps.setString(5, level);
        ps.setLong(6, area);
        ps.addBatch();
    }

    private long category(PreparedStatement ps, String code, String name, String tier, Long parent, String difficulty,
                          String unit, int handling) throws SQLException {
        long id = db.ids().next();
        ps.setLong(1, id);
        ps.setString(2, code);
        ps.setString(3, name);
        ps.setString(4, tier);
        setLong(ps, 5, parent);
        ps.setString(6, difficulty);
        ps.setString(7, unit);
        ps.setInt(8, handling == 0 ? 0 : 30);
        ps.setInt(9, handling);
        ps.addBatch();
        return id;
    }

    private void rule(PreparedStatement ps, String category, String area, String lead, String co) throws SQLException {
        ps.setLong(1, db.ids().next());
        ps.setString(2, category);
        ps.setString(3, area);
        ps.setString(4, lead);
        ps.setString(5, co);
        ps.addBatch();
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
