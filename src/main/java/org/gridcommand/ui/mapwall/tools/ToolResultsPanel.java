package org.gridcommand.ui.mapwall.tools;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.area.Area;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;

/**
 * The right panel's "measure & select" tab: the measured length, and what a drawn shape selected — how many areas
 * of the drawn level and how many points of each layer — with the areas listed; choosing one selects it on the map.
 */
public final class ToolResultsPanel extends VBox {
    private final MapTools tools;
    private final Messages words;
    private final Label length = new Label();
    private final Label shape = new Label();
    private final Label areas = new Label();
    private final VBox points = new VBox(2);
    private final ListView<Area> list = new ListView<>();
    private final Subscription subscriptions;

    public ToolResultsPanel(MapTools tools, MapWallModel map, Messages messages) {
        this.tools = tools;
        this.words = messages.forFeature("org.gridcommand.ui.mapwall.tools.messages");
        getStyleClass().add("tool-results");
        setSpacing(6);
        setStyle("-fx-padding: 10;");
        Label hint = new Label(words.get("panel.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("details-path");
        length.setId("tool-length");
        length.getStyleClass().add("fact-value");
        areas.setId("tool-selected-areas");
        areas.getStyleClass().add("fact-value");
        shape.getStyleClass().add("fact-name");
        list.setId("tool-selected-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Area a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.getName() + "  " + a.getCode());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            if (a != null) {
                map.selectedAreaProperty().set(a);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(hint, length, shape, areas, points, list);
        subscriptions = Subscription.combine(
                tools.lengthMetersProperty().subscribe(m -> showLength()),
                tools.toolProperty().subscribe(t -> showLength()),
                tools.selectionProperty().subscribe(this::show));
    }

    private void showLength() {
        double m = tools.lengthMetersProperty().get();
        MapTool t = tools.toolProperty().get();
        boolean shown = m > 0 && (t == MapTool.DISTANCE || t == MapTool.CIRCLE);
        length.setText(shown ? words.get(t == MapTool.CIRCLE ? "panel.radius" : "panel.length", Measure.format(m))
                : "");
        length.setManaged(shown);
        length.setVisible(shown);
    }

    private void show(Selection s) {
        points.getChildren().clear();
        if (s == null) {
            shape.setText("");
            areas.setText(words.get("panel.none"));
            list.getItems().clear();
            return;
        }
        shape.setText(words.get("panel.shape", Measure.formatArea(s.areaM2())));
        areas.setText(words.get("panel.areas", words.get("level." + s.level()), s.areas().size()));
        for (Map.Entry<String, List<?>> e : s.points().entrySet()) {
            Label l = new Label(words.get("panel.points", e.getKey(), e.getValue().size()));
            l.getStyleClass().add("fact-value");
            points.getChildren().add(l);
        }
        list.getItems().setAll(s.areas());
    }

    public void dispose() {
        subscriptions.unsubscribe();
    }
}
