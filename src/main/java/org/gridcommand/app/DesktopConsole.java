package org.gridcommand.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.gridcommand.cli.ConsoleLauncher;
import org.gridcommand.cli.ConsoleOptions;
import org.gridcommand.cli.DataFolder;
import org.gridcommand.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX toolkit, runs the console until its window closes, and returns the exit code. */
final class DesktopConsole implements ConsoleLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopConsole.class);
    /** The exit code when this machine cannot show the window (as for a database that cannot be used). */
    static final int NO_WINDOW = 2;

    private final Path dataFolder;
    private final Consumer<Runnable> toolkit;
    private final PrintStream terminal;
    private final JavaFxLog javafxLog = new JavaFxLog();

    DesktopConsole() {
        this(DataFolder.resolve(System.getenv()), Platform::startup, System.err);
    }

    /**
     * @param toolkit  starts the JavaFX toolkit and then runs the given action on the FX thread
     * @param terminal where a problem that keeps the window from opening is explained
     */
    DesktopConsole(Path dataFolder, Consumer<Runnable> toolkit, PrintStream terminal) {
        this.dataFolder = dataFolder;
        this.toolkit = toolkit;
        this.terminal = terminal;
    }

    @Override
    public int launch(ConsoleOptions options) {
        Messages messages = new Messages(Messages.localeFor(options.lang()));
        // JavaFX's own words (the dialogs' OK/Cancel, a text field's Copy/Paste) follow the default locale, which
        // it reads once: set it to the console's language before the toolkit starts, whatever the machine's is
        Locale.setDefault(messages.locale());
        Path logFile = ConsoleLogFile.attach(dataFolder);
        javafxLog.errorsOnly();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        Platform.setImplicitExit(false);
        try {
            toolkit.accept(() -> new ConsoleStartup(options, dataFolder, code -> {
                exitCode.set(code);
                closed.countDown();
            }).start());
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Optional<WindowSystemProblem> problem = WindowSystemProblem.of(e);
            if (problem.isEmpty()) {
                throw e;
            }
            LOG.error(ConsoleLogFile.ONLY_IN_FILE, "The console window cannot open ({})", problem.get().key(), e);
            terminal.println("gridcommand: " + problem.get().describe(messages, logFile));
            terminal.flush();
            return NO_WINDOW;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return exitCode.get();
    }
}
