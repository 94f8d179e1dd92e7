package org.gridcommand.ui.mapwall.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.layers.PointLayersModel.ChoroplethMeasure;

/**
 * The point layers' part of the layer panel: a switch per layer, the heat map's time window, the choropleth's
 * measure, and a legend drawn with the very symbols of the map. Bound to the model, nothing else.
 */
public final class LayerControls extends VBox {
    private final PointLayersModel model;
    private final List<CheckBox> boxes = new ArrayList<>();

    public LayerControls(PointLayersModel model, Messages messages) {
        this.model = model;
        getStyleClass().add("point-layer-controls");
        setSpacing(4);
        for (PointLayerKind kind : PointLayerKind.values()) {
            CheckBox box = new CheckBox(messages.get("layer." + kind));
            box.setId("layer-" + kind.name().toLowerCase().replace('_', '-'));
            box.selectedProperty().bindBidirectional(model.visibleProperty(kind));
            boxes.add(box);
            getChildren().add(box);
            if (kind == PointLayerKind.HEAT_MAP) {
                getChildren().add(indent(choice("heat-window", HeatWindow.values(), model.heatWindowProperty().get(),
                        w -> messages.get("heat." + w), model.heatWindowProperty()::set, box)));
            } else if (kind == PointLayerKind.CHOROPLETH) {
                getChildren().add(indent(choice("choropleth-measure", ChoroplethMeasure.values(),
                        model.choroplethMeasureProperty().get(), m -> messages.get("measure." + m),
                        model.choroplethMeasureProperty()::set, box)));
            }
        }
        Label title = new Label(messages.get("legend.title"));
        title.getStyleClass().add("legend-title");
        title.setPadding(new Insets(6, 0, 0, 0));
        getChildren().addAll(title, new SymbolLegend(messages));
    }

    private static HBox indent(Node n) {
        HBox box = new HBox(n);
        box.setPadding(new Insets(0, 0, 2, 24));
        return box;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, T initial, Function<T, String> name,
            Consumer<T> onPick, CheckBox enabledBy) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.setValue(initial);
        ListCell<T> button = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : name.apply(item));
            }
        };
        combo.setButtonCell(button);
        combo.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : name.apply(item));
            }
        });
        combo.valueProperty().addListener((o, a, b) -> onPick.accept(b));
        combo.disableProperty().bind(enabledBy.selectedProperty().not());
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    public void dispose() {
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).selectedProperty().unbindBidirectional(model.visibleProperty(PointLayerKind.values()[i]));
        }
    }
}
