package org.gridcommand.ui.mapwall.tools;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.gridcommand.domain.area.Area;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The chip at the top of the map that says which area the event lists are limited to
 * ({@link MapWallModel#scopeProperty()}), with a button that lifts the limit. Hidden while the whole city is shown.
 */
public final class ScopeChip extends HBox {
    private final MapWallView view;
    private final Label text = new Label();
    private final Subscription subscription;

    public ScopeChip(MapWallView view, Messages messages) {
        this.view = view;
        Messages words = messages.forFeature("org.gridcommand.ui.mapwall.tools.messages");
        MapWallModel map = view.model();
        setId("scope-chip");
        getStyleClass().add("scope-chip");
        getStylesheets().add(ScopeChip.class.getResource("tools.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_CENTER);
        StackPane.setMargin(this, new Insets(10));
        text.setId("scope-text");
        Button clear = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        clear.setId("scope-clear");
        clear.getStyleClass().add("scope-clear");
        clear.setFocusTraversable(false);
        clear.setTooltip(new Tooltip(words.get("scope.clear")));
        clear.setOnAction(e -> map.scopeProperty().set(null));
        getChildren().addAll(text, clear);
        subscription = map.scopeProperty().subscribe((Area area) -> {
            text.setText(area == null ? "" : words.get("scope.label", area.getName()));
            setVisible(area != null);
        });
        view.getChildren().add(this);
    }

    public void dispose() {
        subscription.unsubscribe();
        view.getChildren().remove(this);
    }
}
