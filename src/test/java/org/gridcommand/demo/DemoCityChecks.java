package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.store.Database;

/** Checks several demo city stories share: counts by SQL, and replaying event histories. */
final class DemoCityChecks {
    private DemoCityChecks() {
    }

    static long count(Database db, String sql) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Rows of a two-column (key, count) query, sorted by key, for printing. */
    static Map<String, Long> grouped(Database db, String sql) {
        return db.withConnection(c -> {
            Map<String, Long> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    static Map<AreaLevel, Long> areasByLevel(Database db) {
        Map<AreaLevel, Long> counts = new EnumMap<>(AreaLevel.class);
        for (AreaLevel level : AreaLevel.values()) {
            counts.put(level, count(db, "SELECT COUNT(*) FROM area WHERE level = '" + level + "'"));
        }
        return counts;
    }

    /**
     * Replays every event's transitions in order: the first is the report, every state change is one the state
     * machine allows (with a reason where one is required), other rows change nothing, and the last state is
     * the event's state.
     */
    static void assertHistoriesReplay(Database db) {
        EventStateMachine machine = new EventStateMachine();
        long[] replayed = {0};
        db.withConnection(c -> {
            String sql = "SELECT e.id, e.state, t.action, t.from_state, t.to_state, t.note FROM event e "
                    + "JOIN event_transition t ON t.event_id = e.id ORDER BY e.id, t.occurred_at, t.id";
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                long current = -1;
                EventState state = null;
                String finalState = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current) {
                        if (current != -1) {
                            assertThat(state.name()).as("final state of event %d", current).isEqualTo(finalState);
                        }
                        current = id;
                        finalState = rs.getString(2);
                        assertThat(rs.getString(3)).as("first step of event %d", id).isEqualTo("REPORT");
                        assertThat(rs.getString(4)).isNull();
                        state = EventState.valueOf(rs.getString(5));
                        assertThat(state).isEqualTo(EventState.REPORTED);
                        replayed[0]++;
                        continue;
                    }
                    String action = rs.getString(3);
                    EventState from = EventState.valueOf(rs.getString(4));
                    EventState to = EventState.valueOf(rs.getString(5));
                    assertThat(from).as("event %d %s starts where the last step ended", id, action).isEqualTo(state);
                    if (isStateAction(action)) {
                        assertThat(machine.next(from, EventAction.valueOf(action), rs.getString(6))).isEqualTo(to);
                    } else {
                        assertThat(to).as("%s changes nothing", action).isEqualTo(from);
                    }
                    state = to;
                }
                assertThat(state.name()).isEqualTo(finalState);
            }
            return null;
        });
        assertThat(replayed[0]).isEqualTo(count(db, "SELECT COUNT(*) FROM event"));
    }

    private static boolean isStateAction(String action) {
        for (EventAction a : EventAction.values()) {
            if (a.name().equals(action)) {
                return true;
            }
        }
        return false;
    }
}
