package org.gridcommand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder this user cannot write to (a locked-down laptop, a read-only share) is refused with one sentence
 * naming the folder — not the two stack traces H2 printed while trying to write its trace file there.
 */
class ReadOnlyFolderTest {
    @TempDir
    Path dir;

    @Test
    void a_read_only_data_folder_is_refused_with_the_folder_named_and_nothing_printed() throws Exception {
        Path folder = dir.resolve("data");
        DatabaseLocation location = DatabaseLocation.parse(folder.resolve("city").toString(), null, null);
        Database.open(location).close();
        makeReadOnly(folder);
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> Database.open(location, Database.Creation.EXISTING_ONLY))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining(folder.toString()).hasMessageContaining("read-only")
                    .satisfies(e -> assertThat(((DatabaseUnavailableException) e).key()).isEqualTo("read_only"));
        } finally {
            System.setErr(savedErr);
            undo(folder);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** As root, permissions do not stop writes: a read-only bind mount does. */
    private static void makeReadOnly(Path folder) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
            return;
        }
        boolean mounted = exec("mount", "--bind", folder.toString(), folder.toString()) == 0
                && exec("mount", "-o", "remount,bind,ro", folder.toString()) == 0;
        assumeTrue(mounted, "running as root without the right to bind-mount: cannot make a folder read-only");
    }

    private static void undo(Path folder) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            exec("umount", folder.toString());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static int exec(String... command) throws Exception {
        return new ProcessBuilder(List.of(command)).redirectErrorStream(true).start().waitFor();
    }
}
