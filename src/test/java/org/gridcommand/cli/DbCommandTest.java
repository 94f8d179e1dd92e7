package org.gridcommand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The duty officer's way back: a mistyped path creates nothing, a backup is one command, and a database that no
 * longer opens says which backup to restore and how — and the restore brings it back, keeping the broken file.
 */
class DbCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> env, String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            RootCommand root = new RootCommand(o -> 0, env, "unused");
            int exit = RootCommand.commandLine(root, CommandLine.defaultFactory()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /**
     * H2 closes a file a moment after its last connection (on a busy machine, seconds): a person would run the next
     * command later than a test does. The lock file goes away when the file is closed.
     */
    private static void awaitClosed(Path lock) throws InterruptedException {
        for (int i = 0; i < 300 && Files.exists(lock); i++) {
            Thread.sleep(100);
        }
        assertThat(lock).doesNotExist();
    }

    @Test
    void a_mistyped_db_path_creates_nothing_and_names_the_path() throws Exception {
        Path typo = dir.resolve("citty");
        Run zh = run("stats", "--db", typo.toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).contains(typo + ".mv.db").contains("没有数据库").contains("--create")
                .doesNotContain("\tat ");
        Run en = run("stats", "--db", typo.toString(), "--lang", "en");
        assertThat(en.err()).contains("There is no database at " + typo + ".mv.db");
        assertThat(dir.resolve("citty.mv.db")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void create_on_request_and_the_default_data_folder_on_first_start() {
        Path asked = dir.resolve("new-city");
        assertThat(run("stats", "--db", asked.toString(), "--create").exit()).isZero();
        assertThat(dir.resolve("new-city.mv.db")).exists();
        Path home = dir.resolve("home");
        assertThat(run(Map.of("GRIDCOMMAND_HOME", home.toString()), "stats").exit()).isZero();
        assertThat(home.resolve("gridcommand.mv.db")).exists();
    }

    @Test
    void a_damaged_database_names_its_last_backup_and_the_restore_brings_it_back() throws Exception {
        String db = dir.resolve("city").toString();
        Path file = dir.resolve("city.mv.db");
        assertThat(run("stats", "--db", db, "--create").exit()).isZero();
        Run backup = run("db", "backup", "--db", db, "--lang", "en");
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up").contains("backups");
        Path zip;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            zip = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        assertThat(run("db", "check", "--db", db, "--lang", "en").out()).contains("healthy")
                .contains(zip.getFileName().toString());

        awaitClosed(dir.resolve("city.lock.db"));
        byte[] damaged = Files.readAllBytes(file);
        for (int i = 8192; i < damaged.length; i += 3) {
            damaged[i] = (byte) 0x5A;
        }
        Files.write(file, damaged);
        Run refused = run("stats", "--db", db, "--lang", "en");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("cannot be opened").contains(zip.getFileName().toString())
                .contains("gridcommand db restore --db " + file).doesNotContain("\tat ");
        assertThat(run("db", "check", "--db", db).exit()).isEqualTo(2);

        awaitClosed(dir.resolve("city.lock.db"));
        Run restored = run("db", "restore", "--db", db, "--lang", "en");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(run("stats", "--db", db).exit()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<Path> kept = files.filter(p -> p.getFileName().toString().contains("-replaced-")).toList();
            assertThat(kept).hasSize(1);
            assertThat(Files.readAllBytes(kept.get(0))).isEqualTo(damaged);
        }
    }

    @Test
    void backups_and_the_database_are_readable_by_their_owner_only() throws Exception {
        Path folder = dir.resolve("private").resolve("data");
        String db = folder.resolve("city").toString();
        assertThat(run("stats", "--db", db, "--create").exit()).isZero();
        assertThat(run("db", "backup", "--db", db).exit()).isZero();
        assertThat(Files.getPosixFilePermissions(folder)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE", "OWNER_EXECUTE");
        assertThat(Files.getPosixFilePermissions(folder.resolve("city.mv.db"))).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            for (Path p : files.toList()) {
                assertThat(Files.getPosixFilePermissions(p)).extracting(Object::toString)
                        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            }
        }
    }
}
