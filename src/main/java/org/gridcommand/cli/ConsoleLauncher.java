package org.gridcommand.cli;

/** Opens the console window and returns the process exit code when it closes (implemented by the app). */
@FunctionalInterface
public interface ConsoleLauncher {
    int launch(ConsoleOptions options);
}
