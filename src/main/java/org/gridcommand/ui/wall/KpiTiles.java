package org.gridcommand.ui.wall;

import java.util.function.ToLongFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.service.wall.WallFigures;
import org.gridcommand.ui.common.Messages;

/** The row of big figures over the wall's map; it only binds to {@link WallModel}. */
final class KpiTiles extends HBox {
    private final Subscription subscriptions;

    KpiTiles(WallModel model, Messages words) {
        getStyleClass().add("kpi-tiles");
        setSpacing(14);
        setAlignment(Pos.TOP_CENTER);
        setPickOnBounds(false);
        Subscription all = Subscription.EMPTY;
        all = all.and(tile("open", WallFigures::open, model, words, null));
        all = all.and(tile("overdue", WallFigures::overdue, model, words, "kpi-alarm"));
        all = all.and(tile("new-today", WallFigures::newToday, model, words, null));
        all = all.and(tile("closed-today", WallFigures::closedToday, model, words, "kpi-good"));
        all = all.and(tile("sensors-alarm", WallFigures::sensorsInAlarm, model, words, "kpi-alarm"));
        subscriptions = all;
    }

    private Subscription tile(String key, ToLongFunction<WallFigures> figure, WallModel model, Messages words,
                              String style) {
        Label value = new Label("…");
        value.setId("kpi-" + key);
        value.getStyleClass().add("kpi-value");
        if (style != null) {
            value.getStyleClass().add(style);
        }
        Label caption = new Label(words.get("kpi." + key));
        caption.getStyleClass().add("kpi-caption");
        VBox tile = new VBox(2, value, caption);
        tile.setAlignment(Pos.CENTER);
        tile.getStyleClass().add("kpi-tile");
        getChildren().add(tile);
        return model.figuresProperty().subscribe(f ->
                value.setText(f == null ? "…" : String.format("%,d", figure.applyAsLong(f))));
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
