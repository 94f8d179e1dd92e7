package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gridcommand.domain.event.Event;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.StoreException;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The history is append-only in the database itself, not only in our code: an UPDATE or DELETE of a history line
 * or a notice sent straight to the database — as a script or an SQL console would — fails, and the lines stay.
 */
class HistoryAppendOnlyInDatabaseTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void an_update_or_delete_of_history_lines_and_notices_is_refused_by_the_database(DatabaseLocation.Vendor vendor) {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Event e = story.dispatchedEvent("010101");
            story.clock.advance(Duration.ofHours(5));
            story.events.supervise(e.getId(), story.events.find(e.getId()).getVersion(), "李娜", "请今日办结");
            List<String> before = lines(story, "event_transition", e.getId());
            List<String> noticesBefore = lines(story, "event_notice", e.getId());
            assertThat(before).hasSizeGreaterThanOrEqualTo(3);
            assertThat(noticesBefore).isNotEmpty();

            for (String sql : List.of(
                    "UPDATE event_transition SET actor = '别人', note = '改写' WHERE event_id = " + e.getId(),
                    "DELETE FROM event_transition WHERE event_id = " + e.getId(),
                    "UPDATE event_notice SET params = '改写' WHERE event_id = " + e.getId(),
                    "DELETE FROM event_notice WHERE event_id = " + e.getId())) {
                assertThatThrownBy(() -> story.db.withConnection(c -> {
                    try (Statement st = c.createStatement()) {
                        return st.executeUpdate(sql);
                    }
                })).as(sql).isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            }
            assertThat(lines(story, "event_transition", e.getId())).isEqualTo(before);
            assertThat(lines(story, "event_notice", e.getId())).isEqualTo(noticesBefore);
            // appending still works: the loop goes on
            Event now = story.events.find(e.getId());
            story.events.accept(now.getId(), now.getVersion(), "城管局赵敏", null);
            assertThat(lines(story, "event_transition", e.getId())).hasSize(before.size() + 1);
        }
    }

    private static List<String> lines(EventStory story, String table, long eventId) {
        return story.db.withConnection(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table
                    + " WHERE event_id = ? ORDER BY id")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(rs.getObject(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
            return rows;
        });
    }
}
