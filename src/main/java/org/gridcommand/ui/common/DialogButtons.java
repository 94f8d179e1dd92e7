package org.gridcommand.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * OK / Cancel / Close for the console's dialogs, in the console's language. JavaFX's own {@link ButtonType#OK} and
 * {@link ButtonType#CANCEL} take their words from the JVM's default locale when the class is first loaded, so they
 * can say "Cancel" in a Chinese console (the launcher sets that locale, but only these are certain).
 */
public final class DialogButtons {
    private static final String WORDS = "org.gridcommand.ui.messages";

    private final ButtonType ok;
    private final ButtonType cancel;
    private final ButtonType close;

    /** @param messages any of the console's bundles: only its language is used */
    public DialogButtons(Messages messages) {
        Messages words = messages.forFeature(WORDS);
        ok = new ButtonType(words.get("dialog.ok"), ButtonData.OK_DONE);
        cancel = new ButtonType(words.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        close = new ButtonType(words.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    public ButtonType ok() {
        return ok;
    }

    public ButtonType cancel() {
        return cancel;
    }

    public ButtonType close() {
        return close;
    }
}
