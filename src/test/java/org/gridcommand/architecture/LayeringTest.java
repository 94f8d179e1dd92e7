package org.gridcommand.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Keeps the packages honest: {@code domain}, {@code geo}, {@code store}, {@code service}, {@code ui/<feature>},
 * {@code cli}, and {@code app} as the one composition root (see docs/architecture.md).
 */
@AnalyzeClasses(packages = "org.gridcommand", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final LayeringRules RULES = LayeringRules.under("org.gridcommand");

    @ArchTest
    static final ArchRule domain_depends_on_no_other_layer = RULES.domain();

    @ArchTest
    static final ArchRule geo_depends_only_on_domain = RULES.geo();

    @ArchTest
    static final ArchRule store_is_below_service = RULES.store();

    @ArchTest
    static final ArchRule service_knows_no_ui_or_cli = RULES.service();

    @ArchTest
    static final ArchRule ui_never_touches_store = RULES.ui();

    @ArchTest
    static final ArchRule cli_never_touches_ui_or_store = RULES.cli();

    @ArchTest
    static final ArchRule only_app_depends_on_app = RULES.app();

    @ArchTest
    static final ArchRule ui_features_are_free_of_cycles = RULES.uiFeaturesFreeOfCycles();

    @ArchTest
    static final ArchRule ui_uses_no_persistence_api = RULES.uiWithoutPersistence();

    @ArchTest
    static final ArchRule cli_uses_no_javafx = RULES.cliWithoutJavaFx();

    @ArchTest
    static final ArchRule threads_start_only_in_their_seams = RULES.threadsOnlyInTheirSeams();

    @ArchTest
    static final ArchRule only_the_composition_root_opens_a_database = RULES.databaseOpenedOnlyByTheRoot();

    @ArchTest
    static final ArchRule nothing_depends_on_the_benches = RULES.nothingDependsOnBench();

    @ArchTest
    static final ArchRule only_entry_points_and_benches_use_the_demo_city = RULES.nothingButEntryPointsDependOnDemo();

    @ArchTest
    static final ArchRule demo_city_knows_no_screen_command_or_bench = RULES.demo();

    @ArchTest
    static final ArchRule service_uses_persistence_only_through_store =
            RULES.serviceWithoutPersistence(PersistenceStillInService.CLASSES);

    /** A class moved to a repository leaves the list at once, so the list only ever shrinks. */
    @ArchTest
    static void every_class_still_to_move_still_uses_persistence(JavaClasses classes) {
        for (String name : PersistenceStillInService.CLASSES) {
            String full = "org.gridcommand." + name;
            List<JavaClass> withNested = classes.stream()
                    .filter(c -> c.getName().equals(full) || c.getName().startsWith(full + "$")).toList();
            assertThat(withNested).as("%s is listed in PersistenceStillInService but does not exist: take it off",
                    name).isNotEmpty();
            boolean usesPersistence = withNested.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .map(Dependency::getTargetClass).map(JavaClass::getPackageName)
                    .anyMatch(p -> p.startsWith("org.hibernate") || p.startsWith("java.sql")
                            || p.startsWith("jakarta.persistence"));
            assertThat(usesPersistence).as("%s no longer uses Hibernate, JDBC or JPA: take it off "
                    + "PersistenceStillInService (the list may only shrink)", name).isTrue();
        }
    }
}
