package org.gridcommand.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JavaFX's own logger, kept to errors: at every start of the jar it warns "Unsupported JavaFX configuration: classes
 * were loaded from 'unnamed module'", which is how GridCommand ships, in front of whatever the officer should read.
 * Held by the console for as long as it runs: java.util.logging forgets the level of a logger nobody holds.
 */
final class JavaFxLog {
    private final Logger logger = Logger.getLogger("javafx");

    void errorsOnly() {
        logger.setLevel(Level.SEVERE);
    }
}
