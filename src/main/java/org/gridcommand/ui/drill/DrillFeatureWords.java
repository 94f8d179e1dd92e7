package org.gridcommand.ui.drill;

import org.gridcommand.ui.common.Messages;

/** The drill views' own bundle, in the console's language. */
public final class DrillFeatureWords {
    private DrillFeatureWords() {
    }

    public static Messages of(Messages consoleMessages) {
        return consoleMessages.forFeature("org.gridcommand.ui.drill.messages");
    }
}
