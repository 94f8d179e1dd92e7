package org.gridcommand.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridcommand.ui.common.Messages;

/**
 * Why the console window cannot open on this machine, in words an administrator can act on: JavaFX only says
 * "Unable to load glass GTK library" or "Unable to open DISPLAY", which names neither the package to install nor
 * the way round it. Package names and commands are not words to translate: they fill the bundle's messages.
 *
 * @param key  the message in the console's bundle: {@code window.gtk}, {@code window.display}, {@code window.library}
 * @param args what fills it: package names, commands, what JavaFX said (the log has all of it in any case)
 */
record WindowSystemProblem(String key, List<String> args) {
    /** The Debian/Ubuntu package with GTK 3 (also the name on UOS and Kylin). */
    static final String GTK_PACKAGE = "libgtk-3-0";

    /** The problem behind a failed toolkit start, or empty when {@code failure} is not about the window system. */
    static Optional<WindowSystemProblem> of(Throwable failure) {
        String said = String.valueOf(failure.getMessage());
        String lower = said.toLowerCase(Locale.ROOT);
        boolean gtk = lower.contains("gtk");
        if (failure instanceof UnsupportedOperationException && !gtk && !lower.contains("display")) {
            return Optional.empty();
        }
        if (!(failure instanceof UnsupportedOperationException) && !(failure instanceof UnsatisfiedLinkError)) {
            return Optional.empty();
        }
        if (gtk) {
            return Optional.of(new WindowSystemProblem("window.gtk", List.of(GTK_PACKAGE,
                    "Debian/Ubuntu: sudo apt install " + GTK_PACKAGE, "Fedora/openEuler: sudo dnf install gtk3")));
        }
        if (failure instanceof UnsupportedOperationException) {
            return Optional.of(new WindowSystemProblem("window.display", List.of("DISPLAY", "xvfb-run -a")));
        }
        return Optional.of(new WindowSystemProblem("window.library", List.of(said)));
    }

    /** The message for the terminal, pointing to {@code logFile} (null when there is none) for the details. */
    String describe(Messages messages, Path logFile) {
        String text = messages.get(key, args.toArray());
        return logFile == null ? text : text + "\n" + messages.get("window.details", logFile);
    }
}
