package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo city is the same every time for one seed, and never half-written. */
class DemoCityDeterminismTest {
    private static final List<String> TABLES = List.of(
            "SELECT id, level, code, name, parent_id, households FROM area ORDER BY id",
            "SELECT id, code, name, kind, level, area_id, parent_id, phone FROM unit ORDER BY id",
            "SELECT id, code, name, role, unit_id, area_id, phone FROM person ORDER BY id",
            "SELECT id, code, name, online, ai_enabled, stream_url, area_id FROM camera ORDER BY id",
            "SELECT id, code, kind, last_value, state, last_reading_at FROM sensor ORDER BY id",
            "SELECT id, warehouse_id, item_code, quantity FROM stock_item ORDER BY id",
            "SELECT id, code, skills, headcount, status, leader FROM team ORDER BY id",
            "SELECT id, name, field, organization FROM expert ORDER BY id",
            "SELECT id, code, name, kind, area_id, ST_AsText(location), address, phone, staff_count "
                    + "FROM service_station ORDER BY id",
            "SELECT id, plan_id, level, trigger_condition, actions, needs FROM plan_level ORDER BY id",
            "SELECT id, number, title, channel, external_id, category_id, state, urgency, micro_grid_id, "
                    + "lead_unit_id, reporter, reported_at, handling_due_at, closed_at, satisfaction "
                    + "FROM event ORDER BY id",
            "SELECT id, event_id, occurred_at, actor, action, from_state, to_state, note FROM event_transition "
                    + "ORDER BY id",
            "SELECT id, kind, name, min_zoom FROM basemap_feature ORDER BY id");

    @TempDir
    Path dir;

    @Test
    void the_same_seed_gives_the_same_city() {
        String first = fingerprint(42L);
        String second = fingerprint(42L);
        String other = fingerprint(43L);

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void a_create_that_fails_half_way_leaves_the_database_empty() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            DemoCityService service = new DemoCityService(db, DemoCityFullScaleTest.CLOCK);
            DemoProgress failAtEvents = (step, f) -> {
                if (step.contains("event history")) {
                    throw new IllegalStateException("disk full (simulated)");
                }
            };

            assertThatThrownBy(() -> service.create(5L, DemoScale.SMALL, failAtEvents))
                    .hasMessageContaining("disk full");

            assertThat(service.hasCity()).isFalse();
            for (String table : List.of("area", "unit", "person", "category", "camera", "sensor", "warehouse",
                    "stock_item", "team", "expert", "service_station", "plan", "plan_level", "event",
                    "event_transition", "basemap_feature")) {
                assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    /** A digest of every generated row (ids included: a fresh database hands them out in the same order). */
    private String fingerprint(long seed) {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            new DemoCityService(db, DemoCityFullScaleTest.CLOCK).create(seed, DemoScale.SMALL, DemoProgress.NONE);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            db.withConnection(c -> {
                for (String sql : TABLES) {
                    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                digest.update(String.valueOf(rs.getObject(i)).getBytes(
                                        StandardCharsets.UTF_8));
                                digest.update((byte) '|');
                            }
                        }
                    }
                }
                return null;
            });
            // geometries compared exactly, as Hibernate reads them
            db.transact(s -> {
                s.createSelectionQuery("from Area order by id", Area.class).getResultList()
                        .forEach(a -> digest.update(a.getBoundary().toText().getBytes(
                                StandardCharsets.UTF_8)));
                s.createSelectionQuery("from BaseMapFeature order by id",
                                BaseMapFeature.class).getResultList()
                        .forEach(f -> digest.update(f.getGeometry().toText().getBytes(
                                StandardCharsets.UTF_8)));
                s.createSelectionQuery("from Event order by id", Event.class)
                        .getResultList().forEach(e -> digest.update(e.getLocation().toText().getBytes(
                                StandardCharsets.UTF_8)));
                return null;
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
