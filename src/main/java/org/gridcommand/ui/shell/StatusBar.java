package org.gridcommand.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The top bar: title, database, clock, user and the open / overdue counts. It only binds. */
final class StatusBar extends HBox {
    /** What may step aside on a narrow screen, first first: the database, tools with a key (lock), the user. */
    private final List<Node> droppable;

    StatusBar(ConsoleModel model, Messages messages, String cityName) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);

        Label title = new Label(messages.get("app.title") + "  ·  " + cityName, icon(MaterialDesignG.GRID, "brand"));
        title.getStyleClass().add("app-title");
        Label db = new Label();
        db.textProperty().bind(model.databaseProperty());
        db.setGraphic(icon(MaterialDesignD.DATABASE, null));
        db.getStyleClass().add("status-db");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label open = new Label();
        open.setId("status-open");
        open.textProperty().bind(Bindings.createStringBinding(() -> messages.get("status.open",
                format(model.openEventsProperty().get())), model.openEventsProperty()));
        open.setGraphic(icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE, null));
        open.getStyleClass().add("status-count");
        Label overdue = new Label();
        overdue.setId("status-overdue");
        overdue.textProperty().bind(Bindings.createStringBinding(() -> messages.get("status.overdue",
                format(model.overdueEventsProperty().get())), model.overdueEventsProperty()));
        overdue.setGraphic(icon(MaterialDesignT.TIMER_ALERT_OUTLINE, "overdue-icon"));
        overdue.getStyleClass().addAll("status-count", "status-overdue");

        Label user = new Label();
        user.textProperty().bind(model.userProperty());
        user.setGraphic(icon(MaterialDesignA.ACCOUNT_TIE, null));
        Label clock = new Label();
        clock.setId("status-clock");
        clock.textProperty().bind(model.clockTextProperty());
        clock.setGraphic(icon(MaterialDesignC.CLOCK_OUTLINE, null));
        clock.getStyleClass().add("status-clock");

        getChildren().addAll(title, db, spacer, open, overdue, user, clock);
        // the figures never shrink to "…"; where the bar is short of room the database, then the user, step aside
        for (Label label : List.of(title, db, open, overdue, user, clock)) {
            label.setMinWidth(USE_PREF_SIZE);
        }
        Tooltip database = new Tooltip();
        database.textProperty().bind(model.databaseProperty());
        title.setTooltip(database);
        droppable = new ArrayList<>(List.of(db, user));
    }

    /** {@code item} steps aside where the bar is short of room: after the database, before the user. */
    void mayStepAside(Node item) {
        droppable.add(droppable.size() - 1, item);
    }

    @Override
    protected void layoutChildren() {
        makeRoom();
        super.layoutChildren();
    }

    /** Hides the droppable items, in order, until the rest fits (items of features keep their own visibility). */
    private void makeRoom() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double need = 0;
        int count = 0;
        for (Node item : getChildren()) {
            if (item.isManaged() || droppable.contains(item)) {
                need += item.prefWidth(-1);
                count++;
            }
        }
        need += getSpacing() * Math.max(0, count - 1);
        for (Node item : droppable) {
            boolean keep = need <= room;
            if (!keep) {
                need -= item.prefWidth(-1) + getSpacing();
            }
            if (item.isManaged() != keep) {
                item.setManaged(keep);
                item.setVisible(keep);
            }
        }
    }

    private static String format(long n) {
        return n < 0 ? "…" : String.format("%,d", n);
    }

    private static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("bar-icon");
        if (styleClass != null) {
            icon.getStyleClass().add(styleClass);
        }
        return icon;
    }
}
