package org.gridcommand.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two consoles on one database: the 特急 alarm stops for both when one officer acknowledges it; the first stands. */
class AlarmOnEveryDatabaseTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_first_acknowledgement_stops_the_alarm_everywhere(DatabaseLocation.Vendor vendor) {
        try (TriageTown town = new TriageTown(TestDatabases.fresh(vendor, dir))) {
            Event leak = town.report(Channel.AI_CAMERA, "疑似危化品泄漏", TriageTown.IN_G1, Urgency.CRITICAL);
            Event photo = town.report(Channel.GRID_WORKER, "路面渣土", TriageTown.IN_G2, Urgency.NORMAL);
            TriageDesk otherConsole = new TriageDesk(town.db, town.clock, town.events);
            assertThat(otherConsole.signal().alarming()).extracting(a -> a.id()).containsExactly(leak.getId());
            town.eventDesk.attachments().attach(photo.getId(), "现场.jpg", "image/jpeg", new byte[] {1, 2, 3},
                    "网格员王芳");

            assertThat(town.desk.acknowledge(List.of(leak.getId()), "张伟")).containsExactly(leak.getId());
            assertThat(otherConsole.acknowledge(List.of(leak.getId()), "李娜")).isEmpty();

            assertThat(otherConsole.signal().alarming()).isEmpty();
            List<WaitingReport> seen = otherConsole.waiting();
            assertThat(seen).extracting(WaitingReport::id).containsExactly(leak.getId(), photo.getId());
            assertThat(seen.get(0).acknowledged().by()).isEqualTo("张伟");
            assertThat(seen.get(1).attachments()).isEqualTo(1);
            assertThat(seen.get(1).place().grid()).isEqualTo("和平一网格");
        }
    }
}
