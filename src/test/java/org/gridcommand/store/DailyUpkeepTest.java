package org.gridcommand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A console left running keeps a fresh backup of its file without anyone asking, and never more than it should. */
class DailyUpkeepTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(DailyUpkeep.FIRST_LOOK_PROPERTY);
    }

    @Test
    void an_open_console_backs_its_file_up_once_a_day_and_keeps_the_newest_seven() throws Exception {
        System.setProperty(DailyUpkeep.FIRST_LOOK_PROPERTY, "0");
        DatabaseLocation location = TestDatabases.h2(dir);
        Database.open(location).close();
        try (Database db = Database.open(location, Database.Creation.EXISTING_ONLY)) {
            db.startDailyBackups();
            for (int i = 0; i < 600 && Backups.list(location.file()).isEmpty(); i++) {
                Thread.sleep(100);
            }
        }
        List<Backups.Backup> first = Backups.list(location.file());
        assertThat(first).hasSize(1);

        try (Database db = Database.open(location, Database.Creation.EXISTING_ONLY)) {
            db.startDailyBackups();
            Thread.sleep(1500);
        }
        assertThat(Backups.list(location.file())).as("a backup less than a day old: none more").hasSize(1);

        try (Database db = Database.open(location, Database.Creation.EXISTING_ONLY)) {
            for (int i = 0; i < Backups.KEEP + 2; i++) {
                Thread.sleep(1000); // backups are named by the second
                Backups.take(db);
            }
        }
        assertThat(Backups.list(location.file())).hasSize(Backups.KEEP);
    }
}
