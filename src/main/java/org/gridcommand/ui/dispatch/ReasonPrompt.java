package org.gridcommand.ui.dispatch;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;

/** Asks why (return, cancel, rework, merge), without blocking; an empty answer does nothing. */
final class ReasonPrompt {
    private ReasonPrompt() {
    }

    static void ask(Node owner, String title, String header, Consumer<String> reason) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setId("reason-input");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setOnHidden(e -> {
            String r = dialog.getResult();
            if (r != null && !r.isBlank()) {
                reason.accept(r.trim());
            }
        });
        dialog.show();
    }
}
