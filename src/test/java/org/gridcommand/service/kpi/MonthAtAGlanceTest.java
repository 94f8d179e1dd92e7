package org.gridcommand.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.wall.MonthAtAGlance;
import org.gridcommand.service.wall.MonthAtAGlanceService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.kpi.EventFactsStore;
import org.gridcommand.store.kpi.HistoryRowScan;
import org.gridcommand.store.kpi.KpiNamesStore;
import org.gridcommand.store.kpi.KpiWeightsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On 5 December the wall compares December so far with November's 93.72 % and names the best unit. */
class MonthAtAGlanceTest {
    @TempDir
    Path dir;

    @Test
    void the_wall_shows_this_month_against_last_month_and_the_best_units() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            MonthlyBulletinTest.november().writeTo(db);
            KpiService kpi = new KpiService(new EventFactsStore(db), new HistoryRowScan(db), new KpiNamesStore(db),
                    new KpiWeightsStore(db), WorkingCalendar::standard,
                    Clock.fixed(MonthlyBulletinTest.DECEMBER_5, CaseHistories.SHANGHAI));

            MonthAtAGlance wall = new MonthAtAGlanceService(kpi).now(Locale.SIMPLIFIED_CHINESE);

            assertThat(String.format(Locale.ROOT, "%.2f", wall.lastMonth().value(Indicator.CLOSURE_RATE)))
                    .isEqualTo("93.72");
            assertThat(wall.month().value(Indicator.DUE)).isEqualTo(kpi.figures(kpi.period(PeriodKind.MONTH,
                    LocalDate.of(2026, 12, 1)), Locale.SIMPLIFIED_CHINESE).total().value(Indicator.DUE));
            assertThat(wall.topUnits()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        }
    }
}
