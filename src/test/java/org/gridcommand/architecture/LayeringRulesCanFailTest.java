package org.gridcommand.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A layering rule that cannot fail proves nothing. The fixture under {@code architecture.fixture} breaks each rule
 * on purpose, in the same package shape as the application; every rule must report its offender.
 */
class LayeringRulesCanFailTest {
    private static final String FIXTURE = "org.gridcommand.architecture.fixture";
    private static final LayeringRules RULES = LayeringRules.under(FIXTURE);

    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void a_domain_class_using_javafx_hibernate_or_geo_is_reported() {
        assertViolation(RULES.domain(), "LeakyEvent", "javafx.beans", "org.hibernate.Session", "geo.Snapping");
    }

    @Test
    void a_geo_class_using_the_store_or_javafx_is_reported() {
        assertViolation(RULES.geo(), "Snapping", "store.EventRepository", "javafx.scene");
    }

    @Test
    void a_store_class_calling_a_service_is_reported() {
        assertViolation(RULES.store(), "EventRepository", "service.Intake");
    }

    @Test
    void a_service_using_javafx_or_a_view_is_reported() {
        assertViolation(RULES.service(), "Intake", "javafx.application.Platform", "ui.alarms.AlarmView");
    }

    @Test
    void a_view_reaching_into_the_store_is_reported() {
        assertViolation(RULES.ui(), "AlarmView", "store.EventRepository");
    }

    @Test
    void a_command_opening_a_view_is_reported() {
        assertViolation(RULES.cli(), "ExportCommand", "ui.alarms.AlarmView");
    }

    @Test
    void a_dependency_on_the_composition_root_is_reported() {
        assertViolation(RULES.app(), "BoardView", "app.Wiring");
    }

    @Test
    void a_cycle_between_ui_features_is_reported() {
        assertViolation(RULES.uiFeaturesFreeOfCycles(), "Cycle", "alarms", "board");
    }

    @Test
    void a_view_using_jdbc_or_jpa_is_reported() {
        assertViolation(RULES.uiWithoutPersistence(), "AlarmArchive", "java.sql.Connection",
                "jakarta.persistence.EntityManager");
    }

    @Test
    void a_command_using_javafx_is_reported() {
        assertViolation(RULES.cliWithoutJavaFx(), "PrintCommand", "javafx.scene.paint.Color");
    }

    @Test
    void a_thread_started_outside_the_named_seams_is_reported_and_the_seams_are_not() {
        ArchRule rule = RULES.threadsOnlyInTheirSeams();
        assertViolation(rule, "AlarmArchive", "java.lang.Thread.<init>", "Pinger", "newSingleThreadScheduledExecutor",
                "Flusher");
        String report = String.join("\n", rule.evaluate(fixture).getFailureReport().getDetails());
        assertThat(report).as("the seam, its nested class and the bench may start threads")
                .doesNotContain("BackgroundTasks", "LoadBench");
    }

    @Test
    void a_class_opening_its_own_database_is_reported_and_the_root_is_not() {
        ArchRule rule = RULES.databaseOpenedOnlyByTheRoot();
        assertViolation(rule, "NightlyReport", "store.Database.open");
        String report = String.join("\n", rule.evaluate(fixture).getFailureReport().getDetails());
        assertThat(report).as("the composition root opens it").doesNotContain("Backend");
    }

    @Test
    void a_use_case_depending_on_a_bench_is_reported() {
        assertViolation(RULES.nothingDependsOnBench(), "NightlyReport", "bench.LoadBench");
    }

    @Test
    void a_use_case_depending_on_the_demo_city_is_reported_and_the_demo_command_is_not() {
        ArchRule rule = RULES.nothingButEntryPointsDependOnDemo();
        assertViolation(rule, "SampleEvents", "demo.SeedCity");
        String report = String.join("\n", rule.evaluate(fixture).getFailureReport().getDetails());
        assertThat(report).as("the command that creates the demo city may use it").doesNotContain("SeedCommand");
    }

    @Test
    void a_demo_generator_drawing_with_javafx_is_reported() {
        assertViolation(RULES.demo(), "SeedCity", "javafx.scene.paint.Color");
    }

    @Test
    void a_service_running_its_own_query_is_reported_and_one_still_to_move_is_not() {
        ArchRule rule = RULES.serviceWithoutPersistence(List.of("service.LegacyQueries"));
        assertViolation(rule, "RawQuery", "org.hibernate.Session");
        String report = String.join("\n", rule.evaluate(fixture).getFailureReport().getDetails());
        assertThat(report).as("a class on the list of those still to move").doesNotContain("LegacyQueries");
    }

    private static void assertViolation(ArchRule rule, String... expectedInReport) {
        EvaluationResult result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as("rule '%s' must fail on the fixture", rule.getDescription()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(report).contains(expectedInReport);
    }
}
