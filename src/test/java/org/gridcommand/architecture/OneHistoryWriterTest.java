package org.gridcommand.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Event history has one writer, {@code store.event.HistoryWriter}: every other class asks it to append a line.
 * This reads the source under src/main/java and fails when any other file inserts into {@code event_transition}
 * itself — by SQL (also split over string concatenations), by naming it as a bulk table, or by persisting a new
 * {@code EventTransition} entity. (Flyway migrations already applied are history of their own and not scanned.)
 */
class OneHistoryWriterTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** The writer and the line it turns into an entity. */
    private static final Set<String> WRITER = Set.of("org/gridcommand/store/event/HistoryWriter.java",
            "org/gridcommand/store/event/HistoryLine.java");

    private static final Pattern JOINED_LITERALS = Pattern.compile("\"\\s*\\+\\s*\"");
    private static final List<Pattern> HISTORY_WRITES = List.of(
            Pattern.compile("(?i)insert\\s+into\\s+event_transition\\b"),
            Pattern.compile("\\.table\\(\\s*\"event_transition\""),
            Pattern.compile("\\bnew\\s+EventTransition\\s*\\("));

    /** What in {@code source} writes history; empty when nothing does. */
    static List<String> historyWrites(String source) {
        String joined = JOINED_LITERALS.matcher(source).replaceAll("");
        List<String> found = new ArrayList<>();
        for (Pattern p : HISTORY_WRITES) {
            p.matcher(joined).results().forEach(m -> found.add(m.group()));
        }
        return found;
    }

    @Test
    void only_the_history_writer_appends_to_event_history() throws IOException {
        List<String> offenders = new ArrayList<>();
        int scanned;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            scanned = java.size();
            for (Path f : java) {
                String relative = SOURCES.relativize(f).toString().replace('\\', '/');
                List<String> writes = historyWrites(Files.readString(f, StandardCharsets.UTF_8));
                if (!WRITER.contains(relative) && !writes.isEmpty()) {
                    offenders.add(relative + " " + writes);
                }
            }
        }
        assertThat(scanned).as("source files read").isGreaterThan(100);
        assertThat(offenders).as("classes that write event history themselves instead of through HistoryWriter")
                .isEmpty();
    }

    @Test
    void the_writer_itself_is_found_writing_history() throws IOException {
        // the scan sees real code: the one writer's own insert is found by it
        assertThat(historyWrites(Files.readString(SOURCES.resolve("org/gridcommand/store/event/HistoryLine.java"))))
                .isNotEmpty();
    }

    @Test
    void a_history_insert_written_by_hand_is_found_in_every_spelling() {
        assertThat(historyWrites("""
                ps = c.prepareStatement("INSERT INTO event_transition (id, event_id, occurred_at, "
                        + "actor, action) VALUES (?, ?, ?, ?, ?)");""")).hasSize(1);
        assertThat(historyWrites("""
                String sql = "insert into EVENT_" + "TRANSITION (id) values (?)";""")).hasSize(1);
        assertThat(historyWrites("""
                String sql = "INSERT INTO "
                        + "event_transition (id) VALUES (?)";""")).hasSize(1);
        assertThat(historyWrites("""
                BulkTable lines = writer.table("event_transition", "id", "event_id");""")).hasSize(1);
        assertThat(historyWrites("""
                s.persist(new EventTransition(ids.next(s), event.getId(), at, actor, step, from, to, note));"""))
                .hasSize(1);
    }

    @Test
    void reading_history_is_not_writing_it() {
        assertThat(historyWrites("""
                String sql = "SELECT event_id, note FROM event_transition WHERE action = 'FEEDBACK'";
                List<EventTransition> lines = s.createSelectionQuery("from EventTransition t", EventTransition.class);
                counts.put("event_transition", 0L);""")).isEmpty();
    }
}
