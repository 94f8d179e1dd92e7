package org.gridcommand.service.kpi;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.store.Database;

/**
 * Events and their history lines as the closed loop leaves them, written straight into a real database: the fixture
 * of the indicator tests. One 大类/小类/事项, two units and one street/community/grid; each case says which steps
 * happened when, and the state it ended in.
 */
public final class CaseHistories {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final long MAJOR = 11;
    static final long MINOR = 12;
    static final long ITEM = 13;
    static final long CITY_MANAGEMENT = 21;
    static final long WATER_BUREAU = 22;
    static final long STREET = 31;
    static final long COMMUNITY = 32;
    static final long GRID = 33;

    private record Line(long event, Instant at, String action, String actor) {
    }

    private final List<Case> cases = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private long nextId = 1_000_000;

    /** A moment in 2026, Shanghai time. */
    static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }

    /** A new case reported at {@code reported} by a grid worker, to be handled by {@code handlingDue}. */
    Case report(Instant reported, Instant handlingDue) {
        Case c = new Case(nextId++, reported, handlingDue);
        cases.add(c);
        c.line("REPORT", reported, "网格员王芳");
        return c;
    }

    /** One event: its steps are added in the order they happened. */
    final class Case {
        final long id;
        final Instant reported;
        final Instant handlingDue;
        Instant responseDue;
        Channel channel = Channel.GRID_WORKER;
        long unit = CITY_MANAGEMENT;
        String state = "REPORTED";
        Instant closedAt;
        String satisfaction;

        private Case(long id, Instant reported, Instant handlingDue) {
            this.id = id;
            this.reported = reported;
            this.handlingDue = handlingDue;
            this.responseDue = reported.plus(Duration.ofHours(2));
        }

        Case line(String action, Instant at, String actor) {
            lines.add(new Line(id, at, action, actor));
            return this;
        }

        Case registered(Duration after) {
            state = "REGISTERED";
            return line("REGISTER", reported.plus(after), "李娜");
        }

        Case dispatched(Duration after) {
            state = "DISPATCHED";
            return line("DISPATCH", reported.plus(after), "李娜");
        }

        Case handledAt(Instant at) {
            state = "HANDLED";
            return line("FEEDBACK", at, "城管局");
        }

        Case closedAt(Instant at) {
            state = "CLOSED";
            closedAt = at;
            line("VERIFY", at.minus(Duration.ofHours(1)), "网格员王芳");
            return line("CLOSE", at, "李娜");
        }

        Case ended(String finalState, String action, Instant at) {
            state = finalState;
            closedAt = "CLOSED".equals(finalState) ? closedAt : null;
            return line(action, at, "李娜");
        }

        Case via(Channel ch) {
            channel = ch;
            return this;
        }

        Case ledBy(long unitId) {
            unit = unitId;
            return this;
        }

        Case rated(String rating, Instant at) {
            satisfaction = rating;
            return line("RATE", at, "12345回访");
        }
    }

    /** Writes the reference rows, the cases and their lines in one transaction. */
    public void writeTo(Database db) {
        db.withConnection(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO category (id, code, name, tier, kind) VALUES (" + MAJOR
                        + ", '01', '市容环境', 'MAJOR', 'EVENT'), (" + MINOR + ", '0101', '暴露垃圾', 'MINOR', 'EVENT'), ("
                        + ITEM + ", '010101', '积存垃圾渣土', 'ITEM', 'EVENT')");
                s.execute("UPDATE category SET parent_id = " + MAJOR + " WHERE id = " + MINOR);
                s.execute("UPDATE category SET parent_id = " + MINOR + " WHERE id = " + ITEM);
                s.execute("INSERT INTO area (id, level, code, name) VALUES (" + STREET + ", 'STREET', 'S1', '东湖街道'),"
                        + " (" + COMMUNITY + ", 'COMMUNITY', 'C1', '幸福社区'), (" + GRID + ", 'GRID', 'G1', '幸福1网格')");
                s.execute("INSERT INTO unit (id, code, name, kind, level) VALUES (" + CITY_MANAGEMENT
                        + ", 'CGJ', '城管局', 'DEPARTMENT', 'DISTRICT'), (" + WATER_BUREAU
                        + ", 'SWJ', '水务局', 'DEPARTMENT', 'DISTRICT')");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, number, title, channel, category_id,"
                    + " state, urgency, street_id, community_id, grid_id, lead_unit_id, reporter, reported_at,"
                    + " response_due_at, handling_due_at, closed_at, satisfaction) VALUES"
                    + " (?, ?, '积存垃圾', ?, ?, ?, 'NORMAL', ?, ?, ?, ?, '网格员王芳', ?, ?, ?, ?, ?)")) {
                for (Case k : cases) {
                    ps.setLong(1, k.id);
                    ps.setString(2, "T" + k.id);
                    ps.setString(3, k.channel.name());
                    ps.setLong(4, ITEM);
                    ps.setString(5, k.state);
                    ps.setLong(6, STREET);
                    ps.setLong(7, COMMUNITY);
                    ps.setLong(8, GRID);
                    ps.setLong(9, k.unit);
                    ps.setObject(10, k.reported.atOffset(ZoneOffset.UTC));
                    ps.setObject(11, k.responseDue.atOffset(ZoneOffset.UTC));
                    ps.setObject(12, k.handlingDue.atOffset(ZoneOffset.UTC));
                    ps.setObject(13, k.closedAt == null ? null : k.closedAt.atOffset(ZoneOffset.UTC));
                    ps.setString(14, k.satisfaction);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_transition (id, event_id, occurred_at,"
                    + " actor, action, to_state) VALUES (?, ?, ?, ?, ?, 'REPORTED')")) {
                long id = 5_000_000;
                for (Line l : lines) {
                    ps.setLong(1, id++);
                    ps.setLong(2, l.event());
                    ps.setObject(3, l.at().atOffset(ZoneOffset.UTC));
                    ps.setString(4, l.actor());
                    ps.setString(5, l.action());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
