package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same import guarantees on the embedded database and on the shared PostgreSQL server. */
class TicketImportOnEveryDatabaseTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void all_or_nothing_then_whole_then_nothing_twice_with_dispatch_by_rule(DatabaseLocation.Vendor vendor)
            throws Exception {
        try (SmallCity city = SmallCity.on(TestDatabases.fresh(vendor, dir))) {
            city.rule("010101", "D01S01C01", "S01-CJ", List.of("C01"));
            TicketImportService imports = new TicketImportService(city.db, city.clock);
            TicketMapping mapping = TicketMappingFile.read(TicketImportTest.resource("hotline-gbk-mapping.yaml"));
            Path file = TicketImportTest.gbkExport(dir);

            assertThatThrownBy(() -> imports.importFile(file, mapping, new TicketImportOptions(true, row -> {
                if (row == 3) {
                    throw new IllegalStateException("crash at row 3");
                }
            })));
            assertThat(city.count("event")).isZero();
            assertThat(city.count("event_transition")).isZero();

            TicketImportReport r = imports.importFile(file, mapping, new TicketImportOptions(true, null));
            assertThat(r.imported()).isEqualTo(5);
            assertThat(r.dispatched())
                    .isEqualTo(4); // every registered one: by rule, by difficulty, else the default department
            // the area rule beats 小事 → community: the street section leads, the community co-handles
            assertThat(city.count("event e JOIN unit u ON u.id = e.lead_unit_id WHERE e.external_id = 'RX001' "
                    + "AND u.code = 'S01-CJ' AND e.state = 'DISPATCHED'")).isOne();
            assertThat(city.count("event_co_handler")).isOne();
            assertThat(city.count("event e WHERE e.micro_grid_id = " + city.m1)).isOne();

            assertThat(imports.importFile(file, mapping, TicketImportOptions.defaults()).imported()).isZero();
            assertThat(city.count("event")).isEqualTo(5);
        }
    }
}
