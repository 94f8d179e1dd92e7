package org.gridcommand.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.kpi.Scope;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.kpi.EventFactsStore;
import org.gridcommand.store.kpi.HistoryRowScan;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's SQL and the plain reading of every history line one by one say the same about every event, for a
 * month full of side paths: returns and re-dispatches, rework, 督办, 回访 ratings, every channel.
 */
class EventFactsAgreeTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_sql_and_the_line_by_line_reading_agree_on_every_event_and_every_count(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            CaseHistories h = MonthlyBulletinTest.november();
            sidePaths(h);
            h.writeTo(db);
            for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.WEEK, PeriodKind.DAY)) {
                Period p = Period.of(kind, LocalDate.of(2026, 11, 18), CaseHistories.SHANGHAI);
                Scope scope = new Scope(p, MonthlyBulletinTest.DECEMBER_5);
                Map<Long, EventFacts> bySql = new HashMap<>();
                new EventFactsStore(db).facts(scope).forEach(f -> bySql.put(f.id(), f));
                List<EventFacts> scanned = new ArrayList<>();
                new HistoryRowScan(db).scan(scope, scanned::add);

                for (EventFacts f : scanned) {
                    if (bySql.containsKey(f.id())) {
                        assertThat(bySql.get(f.id())).as("event %d in %s", f.id(), kind).isEqualTo(f);
                    } else {
                        for (Indicator i : Indicator.values()) {
                            assertThat(i.count(f, scope)).as("%s of event %d left out of %s", i, f.id(), kind)
                                    .isZero();
                        }
                    }
                }
                assertThat(bySql).isNotEmpty();
            }
        }
    }

    /** Hotline cases rated in November, supervised ones, returned and re-dispatched ones, reworked ones. */
    static void sidePaths(CaseHistories h) {
        for (int i = 0; i < 60; i++) {
            Instant reported = CaseHistories.at(11, 1 + i % 28, 9 + i % 8);
            Instant due = reported.plus(Duration.ofDays(2));
            CaseHistories.Case c = h.report(reported, due).via(Channel.values()[i % Channel.values().length])
                    .registered(Duration.ofMinutes(i % 3 == 0 ? 90 : 10)).dispatched(Duration.ofMinutes(40 + i));
            if (i % 4 == 0) {
                c.line("RETURN", reported.plus(Duration.ofHours(3)), "水务局")
                        .line("DISPATCH", reported.plus(Duration.ofHours(5)), "李娜");
            }
            if (i % 5 == 0) {
                c.line("SUPERVISE", due.plus(Duration.ofHours(1)), "李娜")
                        .line("SUPERVISE", due.plus(Duration.ofHours(20)), "李娜");
            }
            c.handledAt(reported.plus(Duration.ofHours(i % 2 == 0 ? 20 : 60)));
            if (i % 6 == 0) {
                c.line("REJECT", reported.plus(Duration.ofHours(62)), "网格员王芳")
                        .handledAt(reported.plus(Duration.ofHours(70)));
            }
            c.closedAt(reported.plus(Duration.ofHours(75)));
            if (c.channel == Channel.HOTLINE) {
                c.rated(i % 3 == 0 ? "DISSATISFIED" : "SATISFIED", reported.plus(Duration.ofHours(80)));
            }
        }
    }
}
