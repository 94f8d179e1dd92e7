package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.SqlAreaLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report is taken the same way whether a duty officer types it at the console or it comes in a hotline file:
 * the same event (where, which category, which time limits, which state) with the same history lines.
 */
class OneIntakePathTest {
    @TempDir
    Path dir;
    SmallCity city;
    EventService events;
    TicketImportService imports;

    @BeforeEach
    void open() {
        city = SmallCity.onH2(dir);
        events = new EventService(city.db, city.clock, new SqlAreaLocator(city.db), WorkingCalendar.standard());
        imports = new TicketImportService(city.db, city.clock);
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void a_ticket_from_a_file_becomes_the_same_event_with_the_same_history_as_one_typed_at_the_console()
            throws Exception {
        Files.writeString(dir.resolve("hotline.csv"), "id,time,type,content,lng,lat\n"
                + "F-1,2026-11-22 08:30,违章搭建,阳台外扩," + SmallCity.IN_M1[0] + "," + SmallCity.IN_M1[1] + "\n"
                + "F-2,2026-11-22 09:30,其他,咨询外地," + SmallCity.OUTSIDE[0] + "," + SmallCity.OUTSIDE[1] + "\n"
                + "F-3,2026-11-22 10:30,违章搭建,没有位置,,\n", StandardCharsets.UTF_8);
        TicketMapping mapping = TicketMappingFile.parse("{\"columns\":{\"external_id\":\"id\",\"created_at\":\"time\","
                + "\"category\":\"type\",\"description\":\"content\",\"longitude\":\"lng\",\"latitude\":\"lat\"},"
                + "\"categories\":{\"违章搭建\":\"010102\"}}", false, "inline");

        TicketImportReport r = imports.importFile(dir.resolve("hotline.csv"), mapping,
                new TicketImportOptions(false, null));

        assertThat(r.imported()).isEqualTo(3);
        sameAsAtTheConsole(byTicket("F-1"), "010102", SmallCity.IN_M1);
        sameAsAtTheConsole(byTicket("F-2"), null, SmallCity.OUTSIDE);
        sameAsAtTheConsole(byTicket("F-3"), "010102", null);
        assertThat(byTicket("F-1").getState()).isEqualTo(EventState.REGISTERED);
        assertThat(byTicket("F-2").getState()).isEqualTo(EventState.REPORTED);
    }

    private void sameAsAtTheConsole(Event imported, String category, double[] at) {
        Event typed = events.intake(new IntakeReport(Channel.HOTLINE, "C-" + imported.getExternalId(), category,
                null, imported.getDescription(), at == null ? null : at[0], at == null ? null : at[1], null, null,
                imported.getReportedAt(), Urgency.NORMAL)).event();

        assertThat(typed).usingRecursiveComparison()
                .comparingOnlyFields("title", "description", "channel", "categoryId", "state", "urgency",
                        "microGridId", "gridId", "communityId", "streetId", "leadUnitId", "reportedAt",
                        "responseDueAt", "handlingDueAt", "limitStartedAt", "placement")
                .isEqualTo(imported);
        assertThat(lines(typed)).isEqualTo(lines(imported)).isNotEmpty();
    }

    /** Each history line without its ids: step, states, who, when, what was written and the parameters. */
    private List<String> lines(Event e) {
        return events.history(e.getId()).stream().map((EventTransition t) -> String.join(" | ", t.getAction(),
                String.valueOf(t.getFromState()), String.valueOf(t.getToState()), t.getActor(),
                String.valueOf(t.getAt()), String.valueOf(t.getNote()), String.valueOf(t.getUnitId()),
                String.valueOf(t.getParams()))).toList();
    }

    private Event byTicket(String ticket) {
        return city.db.transact(s -> s.createSelectionQuery("from Event e where e.externalId = :x", Event.class)
                .setParameter("x", ticket).getSingleResult());
    }
}
