package org.gridcommand.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Grade;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.domain.kpi.ScoreWeight;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator weighs the departments' score otherwise; the ranking and grades follow the stored weights. */
class ScoresAndWeightsTest {
    @TempDir
    Path dir;

    @Test
    void the_default_department_weights_are_those_of_practice_and_grade_the_november_units() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            MonthlyBulletinTest.november().writeTo(db);
            KpiService kpi = MonthlyBulletinTest.service(db);
            assertThat(kpi.weights(Role.DEPARTMENT)).extracting(ScoreWeight::indicator, ScoreWeight::weight)
                    .containsExactlyInAnyOrder(
                            tuple(Indicator.REGISTERED, 10.0),
                            tuple(Indicator.CLOSURE_RATE, 30.0),
                            tuple(Indicator.ON_TIME_HANDLING_RATE, 30.0),
                            tuple(Indicator.REWORK_RATE, 30.0));

            PeriodFigures november = kpi.figures(kpi.period(PeriodKind.MONTH, LocalDate.of(2026, 11, 1)),
                    Locale.SIMPLIFIED_CHINESE);
            List<Score> ranking = kpi.scores(Role.DEPARTMENT, november);

            // 水务局: all 100 due closed and handled on time, none reworked; its 立案数 against 城管局's, the largest
            IndicatorTable byUnit = november.by(Dimension.UNIT);
            double water = byUnit.row(CaseHistories.WATER_BUREAU).orElseThrow().value(Indicator.REGISTERED);
            double largest = byUnit.row(CaseHistories.CITY_MANAGEMENT).orElseThrow().value(Indicator.REGISTERED);
            double expected = (10 * 100 * water / largest + 30 * 100 + 30 * 100 + 30 * 100) / 100;
            Score waterScore = ranking.stream().filter(s -> s.name().equals("水务局")).findFirst().orElseThrow();
            assertThat(waterScore.score()).isCloseTo(expected, offset(1e-9));
            assertThat(waterScore.grade()).isEqualTo(Grade.of(expected));
            assertThat(ranking.get(0).name()).isEqualTo("水务局");
        }
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused_and_nothing_changes() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            KpiService kpi = MonthlyBulletinTest.service(db);
            List<ScoreWeight> before = kpi.weights(Role.DEPARTMENT);

            assertThatThrownBy(() -> kpi.changeWeights(Role.DEPARTMENT, List.of(
                    new ScoreWeight(Role.DEPARTMENT, Indicator.CLOSURE_RATE, ScoreWeight.Form.RATE, 50),
                    new ScoreWeight(Role.DEPARTMENT, Indicator.REWORK_RATE, ScoreWeight.Form.COMPLEMENT, 40)),
                    "管理员"))
                    .isInstanceOf(WeightsRefusedException.class)
                    .satisfies(e -> assertThat(((WeightsRefusedException) e).key()).isEqualTo("sum"));
            assertThat(kpi.weights(Role.DEPARTMENT)).isEqualTo(before);

            kpi.changeWeights(Role.DEPARTMENT, List.of(
                    new ScoreWeight(Role.DEPARTMENT, Indicator.CLOSURE_RATE, ScoreWeight.Form.RATE, 60),
                    new ScoreWeight(Role.DEPARTMENT, Indicator.REWORK_RATE, ScoreWeight.Form.COMPLEMENT, 40)),
                    "管理员");
            assertThat(kpi.weights(Role.DEPARTMENT)).extracting(ScoreWeight::indicator)
                    .containsExactlyInAnyOrder(Indicator.CLOSURE_RATE, Indicator.REWORK_RATE);
        }
    }

    @Test
    void grades_follow_the_thresholds_of_the_assessment() {
        assertThat(List.of(95.0, 90.0, 89.9, 75.0, 60.0, 59.9, 40.0, 39.9).stream().map(Grade::of))
                .containsExactly(Grade.A, Grade.A, Grade.B, Grade.B, Grade.C, Grade.D, Grade.D, Grade.E);
    }
}
