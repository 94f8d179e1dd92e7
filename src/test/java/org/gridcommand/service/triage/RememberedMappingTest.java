package org.gridcommand.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.intake.TicketImportOptions;
import org.gridcommand.service.intake.TicketImportReport;
import org.gridcommand.service.intake.TicketImportService;
import org.gridcommand.service.intake.TicketMapping;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hotline calls things by its own names. What the officer chose at the desk for such a name ("remember this
 * mapping") maps the next import of that name — on the embedded database and on a shared PostgreSQL server.
 */
class RememberedMappingTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_item_chosen_for_a_hotline_category_maps_the_next_import_of_it(DatabaseLocation.Vendor vendor)
            throws Exception {
        try (TriageTown town = new TriageTown(TestDatabases.fresh(vendor, dir))) {
            TicketImportService imports = new TicketImportService(town.db, town.clock);
            TicketMapping mapping = mapping(Map.of("占道经营", "E050101"));

            TicketImportReport first = imports.importFile(tickets("first.csv",
                    "RX101,2026-11-24 01:10,路面有渣土,东湖路一地泥沙,120.0025,30.005",
                    "RX102,2026-11-24 01:20,占道经营,早市摊贩占道,120.015,30.005"), mapping,
                    TicketImportOptions.defaults());
            assertThat(first.triage()).isEqualTo(1);
            WaitingReport mud = town.desk.waiting().get(0);
            assertThat(mud.externalCategory()).as("the hotline's own name, kept from the import")
                    .isEqualTo("路面有渣土");
            assertThat(mud.suggestion()).isNull();

            TriageOutcome outcome = town.desk.register(List.of(mud), "E030202", true, "张伟");
            assertThat(outcome.remembered()).isTrue();
            assertThat(town.events.find(mud.id()).getState()).isEqualTo(EventState.REGISTERED);

            TicketImportReport next = imports.importFile(tickets("next.csv",
                    "RX201,2026-11-24 03:00,路面有渣土,和平路又有泥沙,120.015,30.005",
                    "RX202,2026-11-24 03:05,噪音扰民,夜间施工,120.015,30.005"), mapping,
                    TicketImportOptions.defaults());
            assertThat(next.imported()).isEqualTo(2);
            assertThat(next.triage()).as("only the name nobody mapped yet waits").isEqualTo(1);
            assertThat(next.unmappedCategories()).containsOnlyKeys("噪音扰民");
            Event again = town.db.transact(s -> s.createSelectionQuery("from Event e where e.externalId = 'RX201'",
                    Event.class).getSingleResult());
            assertThat(again.getState()).isEqualTo(EventState.REGISTERED);
            assertThat(town.desk.categories().byId(again.getCategoryId()).name()).isEqualTo("道路遗撒");
            assertThat(town.desk.waiting()).extracting(WaitingReport::externalCategory).containsExactly("噪音扰民");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_mapping_file_wins_over_a_remembered_choice_and_the_latest_choice_wins_over_an_earlier_one(
            DatabaseLocation.Vendor vendor) throws Exception {
        try (TriageTown town = new TriageTown(TestDatabases.fresh(vendor, dir))) {
            TicketImportService imports = new TicketImportService(town.db, town.clock);
            imports.importFile(tickets("a.csv", "RX301,2026-11-24 01:10,马路脏,路面脏乱,120.0025,30.005",
                    "RX302,2026-11-24 01:11,马路脏,又脏了,120.0025,30.005"), mapping(Map.of()),
                    TicketImportOptions.defaults());
            List<WaitingReport> both = town.desk.waiting();
            town.desk.register(both.subList(0, 1), "E030202", true, "张伟");
            town.desk.register(both.subList(1, 2), "E010201", true, "李娜"); // on second thoughts: 道路不洁

            imports.importFile(tickets("b.csv", "RX303,2026-11-24 02:00,马路脏,第三次,120.0025,30.005"),
                    mapping(Map.of()), TicketImportOptions.defaults());
            imports.importFile(tickets("c.csv", "RX304,2026-11-24 02:10,马路脏,第四次,120.0025,30.005"),
                    mapping(Map.of("马路脏", "E050101")), TicketImportOptions.defaults());

            assertThat(categoryOf(town, "RX303")).isEqualTo("道路不洁");
            assertThat(categoryOf(town, "RX304")).isEqualTo("占道经营");
        }
    }

    private static String categoryOf(TriageTown town, String ticket) {
        Event e = town.db.transact(s -> s.createSelectionQuery("from Event e where e.externalId = :t", Event.class)
                .setParameter("t", ticket).getSingleResult());
        return town.desk.categories().byId(e.getCategoryId()).name();
    }

    private static TicketMapping mapping(Map<String, String> categories) {
        return new TicketMapping(Channel.HOTLINE, StandardCharsets.UTF_8, ',', ZoneId.of("Asia/Shanghai"), null,
                "工单编号", "受理时间", List.of("yyyy-MM-dd HH:mm"), "诉求分类", categories, List.of("诉求标题"),
                List.of(), null, null, "经度", "纬度", "WGS84", null, null, null);
    }

    private Path tickets(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "工单编号,受理时间,诉求分类,诉求标题,经度,纬度\n" + String.join("\n", rows) + "\n");
        return file;
    }
}
