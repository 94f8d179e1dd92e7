package org.gridcommand.architecture;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * The places allowed to start threads, each for its own kind of work, relative to the package root. Everything
 * else is plain blocking code called from one of them. Keep this list in step with docs/architecture.md.
 */
final class ThreadSeams {
    /** Classes (with their nested classes and lambdas) that may start threads, and why. */
    static final List<String> CLASSES = List.of(
            // the console's one background executor: every service call from the UI, results back on the FX thread
            "ui.common.BackgroundTasks",
            // the map's two threads: tiles read and decoded, boundary outlines prepared (pixel work, no database)
            "ui.mapwall.MapWorkers",
            // the intake endpoint's database writers, as many as the pool has connections (ADR 0015)
            "service.intake.IntakeServer",
            // the embedded file's daily backup and upkeep, on a timer (ADR 0014)
            "store.DailyUpkeep",
            // Hibernate's start-up, overlapped with the first plain-JDBC reads
            "store.Database",
            // the one connection that LISTENs for other consoles' changes on a shared PostgreSQL (issue 12)
            "store.ChangeFeed",
            // the JVM's shutdown hook that lets serve-intake finish the requests in flight
            "cli.intake.ServeIntakeCommand");

    /** Benches generate load and time it (several senders at once): their threads are the measurement. */
    static final String BENCH_PACKAGES = "..bench..";

    /** Constructing a thread, a thread pool or a timer, or asking {@link Executors} for one. */
    static final DescribedPredicate<JavaAccess<?>> STARTS_THREADS = targetOwner(
            assignableTo(Thread.class).or(assignableTo(ThreadPoolExecutor.class)).or(assignableTo(Timer.class))
                    .or(assignableTo(ForkJoinPool.class)))
            .and(target(AccessTarget.Predicates.constructor()))
            .or(targetOwner(assignableTo(Executors.class))
                    .and(target(nameMatching("new.*|defaultThreadFactory|privilegedThreadFactory"))))
            .as("start a thread (new Thread, a thread pool, a Timer, Executors.new…)");

    private ThreadSeams() {
    }

    /** The seams under {@code root}: the named classes, their nested classes, and the bench packages. */
    static DescribedPredicate<JavaClass> in(String root) {
        return DescribedPredicate.<JavaClass>describe("a thread seam", c -> CLASSES.stream()
                        .map(name -> root + "." + name)
                        .anyMatch(seam -> c.getName().equals(seam) || c.getName().startsWith(seam + "$")))
                .or(resideInAPackage(root + BENCH_PACKAGES));
    }

    static String describe() {
        return String.join(", ", CLASSES) + ", and benches";
    }
}
