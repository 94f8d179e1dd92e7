package org.gridcommand.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code gridcommand} command line in a child JVM (the test's own class path), with its output in a log
 * file, so that a test can kill it with SIGKILL the way a power button, the OOM killer or {@code kill -9} would.
 */
final class ChildGridCommand {
    private static final String MAIN = "org.gridcommand.app.Main";

    private final Process process;
    private final Path log;
    private final long startedNanos = System.nanoTime();

    private ChildGridCommand(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildGridCommand start(Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true", "-cp", otherJar() != null ? otherJar()
                : System.getProperty("java.class.path"),
                MAIN));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("GRIDCOMMAND_DB");
        pb.environment().putAll(env);
        return new ChildGridCommand(pb.start(), log);
    }

    /**
     * A GridCommand jar to run instead of this build ({@code -Dgridcommand.crash.jar=…}): proves that the crash
     * tests fail on a build without the fixes (e.g. one of {@code main} before issue 9).
     */
    static String otherJar() {
        String jar = System.getProperty("gridcommand.crash.jar", "");
        return jar.isBlank() ? null : jar;
    }

    /** Runs the command to its end; its exit status. */
    static int run(Path log, Duration limit, Map<String, String> env, String... args) throws Exception {
        ChildGridCommand child = start(log, env, args);
        if (!child.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            child.kill();
            throw new AssertionError("gridcommand " + String.join(" ", args) + " did not finish in " + limit
                    + "; its output:\n" + child.output());
        }
        return child.process.exitValue();
    }

    /** Waits until the output contains {@code text} (or the process ended); false on time-out. */
    boolean awaitOutput(String text, Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (output().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return output().contains(text);
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs in the child. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the child did not finish in " + limit);
        }
        return process.exitValue();
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
