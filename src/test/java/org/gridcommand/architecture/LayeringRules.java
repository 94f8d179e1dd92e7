package org.gridcommand.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering of GridCommand as ArchUnit rules, for a package root. {@link LayeringTest} checks them against the
 * application ({@code org.gridcommand}); {@link LayeringRulesCanFailTest} checks the very same definitions against
 * a deliberately bad fixture tree, to prove every rule can fail.
 *
 * <p>Layers that do not exist yet are allowed to be empty: the rules guard what lands, they do not demand it.
 */
public final class LayeringRules {
    private final String root;

    private LayeringRules(String root) {
        this.root = root;
    }

    /** The rules for the layers under {@code root} ({@code root.domain}, {@code root.geo}, …). */
    public static LayeringRules under(String root) {
        return new LayeringRules(root);
    }

    private String layer(String name) {
        return root + "." + name + "..";
    }

    /** Any class of the project that is not in one of {@code allowed}. */
    private DescribedPredicate<JavaClass> projectClassesOutside(String... allowed) {
        String[] packages = new String[allowed.length];
        for (int i = 0; i < allowed.length; i++) {
            packages[i] = layer(allowed[i]);
        }
        return resideInAPackage(root + "..").and(DescribedPredicate.not(resideInAnyPackage(packages)))
                .as("project classes outside " + String.join(", ", allowed));
    }

    /** domain: no other layer of the project, no JavaFX, no Hibernate (jakarta.persistence is fine). */
    public ArchRule domain() {
        return noClasses().that().resideInAPackage(layer("domain"))
                .should().dependOnClassesThat(projectClassesOutside("domain"))
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..")
                .as("domain depends on no other layer, nor on JavaFX or Hibernate")
                .because("the rules of the closed loop must be testable and reusable without a UI or a session")
                .allowEmptyShould(true);
    }

    /** geo: only domain, no JavaFX. */
    public ArchRule geo() {
        return noClasses().that().resideInAPackage(layer("geo"))
                .should().dependOnClassesThat(projectClassesOutside("geo", "domain"))
                .orShould().dependOnClassesThat().resideInAPackage("javafx..")
                .as("geo depends only on domain, and not on JavaFX")
                .allowEmptyShould(true);
    }

    /** store: not service, ui, cli, app, nor JavaFX. */
    public ArchRule store() {
        return noClasses().that().resideInAPackage(layer("store"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        layer("service"), layer("ui"), layer("cli"), layer("app"), "javafx..")
                .as("store depends on neither service, ui, cli, app nor JavaFX")
                .allowEmptyShould(true);
    }

    /** service: not ui, cli, app, nor JavaFX. */
    public ArchRule service() {
        return noClasses().that().resideInAPackage(layer("service"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        layer("ui"), layer("cli"), layer("app"), "javafx..")
                .as("service depends on neither ui, cli, app nor JavaFX")
                .because("the console and the command line share the same blocking use cases")
                .allowEmptyShould(true);
    }

    /** ui: not store, cli, app. */
    public ArchRule ui() {
        return noClasses().that().resideInAPackage(layer("ui"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("store"), layer("cli"), layer("app"))
                .as("ui depends on neither store, cli nor app")
                .because("view-models call services; only services open transactions")
                .allowEmptyShould(true);
    }

    /** cli: not ui, store, app. */
    public ArchRule cli() {
        return noClasses().that().resideInAPackage(layer("cli"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("ui"), layer("store"), layer("app"))
                .as("cli depends on neither ui, store nor app")
                .allowEmptyShould(true);
    }

    /** app is the composition root: only app itself may depend on it. */
    public ArchRule app() {
        return noClasses().that().resideOutsideOfPackage(layer("app"))
                .should().dependOnClassesThat().resideInAPackage(layer("app"))
                .as("nothing but app depends on app (the composition root)")
                .allowEmptyShould(true);
    }

    /** ui: no persistence API, not even through a type that happens to be handy (an exception, a result set). */
    public ArchRule uiWithoutPersistence() {
        return noClasses().that().resideInAPackage(layer("ui"))
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "java.sql..")
                .as("ui uses neither org.hibernate, jakarta.persistence nor java.sql")
                .because("the FX thread never touches the database; view-models call services through "
                        + "ui.common.BackgroundTasks")
                .allowEmptyShould(true);
    }

    /** cli: no JavaFX (a command runs on a server with no display and no GTK). */
    public ArchRule cliWithoutJavaFx() {
        return noClasses().that().resideInAPackage(layer("cli"))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .as("cli uses no JavaFX")
                .because("the commands run from scripts and cron on machines without a display")
                .allowEmptyShould(true);
    }

    /**
     * Threads are started only in the named places ({@link ThreadSeams}): a thread started anywhere else is work the
     * FX thread, the shutdown and the tests do not know about.
     */
    public ArchRule threadsOnlyInTheirSeams() {
        return noClasses().that().resideInAPackage(root + "..").and(DescribedPredicate.not(ThreadSeams.in(root)))
                .should().accessTargetWhere(ThreadSeams.STARTS_THREADS)
                .as("no class but the named thread seams (" + ThreadSeams.describe() + ") starts a thread")
                .because("threading has one seam per kind of work (docs/architecture.md, Threading)")
                .allowEmptyShould(true);
    }

    /** The ui feature packages ({@code ui.mapwall}, {@code ui.dispatch}, …) do not form cycles. */
    public ArchRule uiFeaturesFreeOfCycles() {
        return slices().matching(root + ".ui.(*)..").namingSlices("ui feature $1")
                .should().beFreeOfCycles()
                .as("ui feature packages are free of cycles")
                .allowEmptyShould(true);
    }

    /**
     * One composition root per open database: only {@code service.Backend} (and {@code service.DatabaseMaintenance},
     * which checks, backs up and compacts a file that must not be open) calls {@code store.Database.open}.
     */
    public ArchRule databaseOpenedOnlyByTheRoot() {
        String database = root + ".store.Database";
        DescribedPredicate<JavaMethodCall> opensDatabase = DescribedPredicate.describe("Database.open",
                call -> call.getTargetOwner().getFullName().equals(database) && call.getName().equals("open"));
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(layer("store"))
                .and().doNotHaveFullyQualifiedName(root + ".service.Backend")
                .and().doNotHaveFullyQualifiedName(root + ".service.DatabaseMaintenance")
                .should().callMethodWhere(opensDatabase)
                .as("only the composition root (service.Backend) and DatabaseMaintenance open a Database")
                .because("one wiring per open database, used by the console and every command alike "
                        + "(docs/architecture.md, One composition root)")
                .allowEmptyShould(true);
    }

    /**
     * Nothing depends on the benches but {@code app}, which joins {@code gridcommand bench} to the command line
     * (the one named exception): measurement code never becomes a use case by accident.
     */
    public ArchRule nothingDependsOnBench() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(layer("bench"), layer("app"))
                .should().dependOnClassesThat().resideInAPackage(layer("bench"))
                .as("nothing but bench itself and app (which registers the bench command) depends on bench")
                .allowEmptyShould(true);
    }

    /**
     * The demo city is seed data, not a use case: only the entry points that create it ({@code app} on a first start,
     * the {@code demo} command in {@code cli}) and the benches that measure on it depend on {@code demo}.
     */
    public ArchRule nothingButEntryPointsDependOnDemo() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(layer("demo"), layer("app"), layer("cli"), layer("bench"))
                .should().dependOnClassesThat().resideInAPackage(layer("demo"))
                .as("nothing but app, cli and bench depends on demo (the demo city's generator)")
                .because("seed data must not become part of a use case (docs/architecture.md)")
                .allowEmptyShould(true);
    }

    /** demo writes through store and service like any caller; it knows no screen, command, bench nor JavaFX. */
    public ArchRule demo() {
        return noClasses().that().resideInAPackage(layer("demo"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        layer("ui"), layer("cli"), layer("app"), layer("bench"), "javafx..")
                .as("demo depends on neither ui, cli, app, bench nor JavaFX")
                .allowEmptyShould(true);
    }

    /**
     * service keeps the use cases and the transaction boundaries; the SQL, HQL and the Hibernate and JDBC types live
     * in {@code store} repositories. {@code stillToMove} names the service classes (relative to the root, e.g.
     * {@code service.event.EventRows}) not moved yet, with their nested classes.
     */
    public ArchRule serviceWithoutPersistence(List<String> stillToMove) {
        DescribedPredicate<JavaClass> notMovedYet = DescribedPredicate.describe("a class still to move",
                c -> stillToMove.stream().map(name -> root + "." + name)
                        .anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
        return noClasses().that().resideInAPackage(layer("service")).and(DescribedPredicate.not(notMovedYet))
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "java.sql..",
                        "jakarta.persistence..")
                .as("service uses neither org.hibernate, java.sql nor jakarta.persistence (but through store "
                        + "repositories), except the classes still to move")
                .because("persistence lives in store; the list of classes still to move may only shrink "
                        + "(architecture/PersistenceStillInService): move this class's queries into a repository "
                        + "in store/<area> instead of adding it to the list")
                .allowEmptyShould(true);
    }

    /** Every rule above. */
    public List<ArchRule> all() {
        return List.of(domain(), geo(), store(), service(), ui(), cli(), app(), uiFeaturesFreeOfCycles(),
                uiWithoutPersistence(), cliWithoutJavaFx(), threadsOnlyInTheirSeams(), databaseOpenedOnlyByTheRoot(),
                nothingDependsOnBench(), nothingButEntryPointsDependOnDemo(), demo());
    }
}
