package org.gridcommand.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.gridcommand.cli.ConsoleLauncher;
import org.gridcommand.cli.ConsoleOptions;

/** Starts the JavaFX toolkit, runs the console until its window closes, and returns the exit code. */
final class DesktopConsole implements ConsoleLauncher {
    @Override
    public int launch(ConsoleOptions options) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        Platform.setImplicitExit(false);
        Platform.startup(() -> new ConsoleStartup(options, code -> {
            exitCode.set(code);
            closed.countDown();
        }).start());
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return exitCode.get();
    }
}
