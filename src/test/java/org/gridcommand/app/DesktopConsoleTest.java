package org.gridcommand.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gridcommand.cli.ConsoleOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator starts the console on a Linux machine that cannot show a window: the terminal says what to
 * install (no stack trace), the log file keeps the details, and the exit code is 2. The toolkit start is replaced by
 * one that fails exactly as JavaFX 21 does on such a machine (seen with an unloadable libgtk-3.so.0, and with no X
 * server).
 */
class DesktopConsoleTest {
    private final Locale before = Locale.getDefault();
    private final Locale beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    private final Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    @TempDir
    Path dataFolder;

    @AfterEach
    void restore() {
        ConsoleLogFile.detach();
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
        Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
    }

    @Test
    void without_gtk_3_the_terminal_names_the_package_and_the_log_keeps_the_details() throws Exception {
        int exit = launch("zh", new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(exit).isEqualTo(2);
        String said = terminal.toString(StandardCharsets.UTF_8);
        assertThat(said).startsWith("gridcommand: 无法打开控制台窗口").contains("libgtk-3-0",
                "sudo apt install libgtk-3-0", "sudo dnf install gtk3");
        assertThat(said).doesNotContain("\tat ", "Exception");
        Path log = dataFolder.resolve("logs/gridcommand.log");
        assertThat(said).contains(log.toString());
        assertThat(Files.readString(log)).contains("The console window cannot open",
                "java.lang.UnsupportedOperationException: Unable to load glass GTK library.", "\tat ");
    }

    @Test
    void an_english_console_explains_it_in_english() {
        int exit = launch("en", new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(exit).isEqualTo(2);
        assertThat(terminal.toString(StandardCharsets.UTF_8))
                .startsWith("gridcommand: The console window cannot open: this machine has no GTK 3 library")
                .contains("Install the package libgtk-3-0").doesNotContain("无法");
    }

    @Test
    void without_a_display_it_says_to_start_it_in_a_desktop_session_or_under_xvfb() {
        int exit = launch("en", new UnsupportedOperationException("Unable to open DISPLAY"));

        assertThat(exit).isEqualTo(2);
        assertThat(terminal.toString(StandardCharsets.UTF_8))
                .contains("there is no display (DISPLAY is not set or cannot be reached)", "xvfb-run");
    }

    @Test
    void the_console_language_is_javafx_default_language_too() {
        launch("zh", new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(Locale.getDefault()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        launch("en", new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(Locale.getDefault()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_failure_that_is_not_about_the_window_is_not_disguised_as_one() {
        DesktopConsole console = new DesktopConsole(dataFolder, start -> {
            throw new UnsupportedOperationException("Something else entirely");
        }, new PrintStream(terminal, true, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> console.launch(options("zh"))).hasMessage("Something else entirely");
        assertThat(terminal.size()).isZero();
    }

    private int launch(String lang, RuntimeException failure) {
        terminal.reset();
        DesktopConsole console = new DesktopConsole(dataFolder, start -> {
            throw failure;
        }, new PrintStream(terminal, true, StandardCharsets.UTF_8));
        return console.launch(options(lang));
    }

    private ConsoleOptions options(String lang) {
        return new ConsoleOptions(dataFolder.resolve("city").toString(), lang, null, false, false, null, false);
    }
}
