package org.gridcommand.ui.mapwall.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.resource.TeamStatus;
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
        getChildren().addAll(title, legend(messages));
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

    private static GridPane legend(Messages m) {
        GridPane g = new GridPane();
        g.getStyleClass().add("layer-legend");
        g.setHgap(4);
        g.setVgap(2);
        Object[][] rows = {
            {"legend.cameraOnline", (Consumer<GraphicsContext>) gc -> Symbols.camera(gc, 9, 9, true, false)},
            {"legend.cameraOffline", (Consumer<GraphicsContext>) gc -> Symbols.camera(gc, 9, 9, false, false)},
            {"legend.ai", (Consumer<GraphicsContext>) gc -> Symbols.camera(gc, 8, 10, true, true)},
            {"legend.sensorNormal", (Consumer<GraphicsContext>) gc -> Symbols.sensor(gc, 9, 9, SensorState.NORMAL)},
            {"legend.sensorWarning", (Consumer<GraphicsContext>) gc -> Symbols.sensor(gc, 9, 9, SensorState.WARNING)},
            {"legend.sensorAlarm", (Consumer<GraphicsContext>) gc -> Symbols.sensor(gc, 9, 9, SensorState.ALARM)},
            {"legend.gauge", (Consumer<GraphicsContext>) gc -> Symbols.gauge(gc, 0, 9, 2.6, 2.0, 3.0,
                    SensorState.WARNING)},
            {"legend.eventWaiting", (Consumer<GraphicsContext>) gc -> Symbols.eventPin(gc, 9, 17,
                    EventState.REPORTED, Urgency.NORMAL)},
            {"legend.eventHandling", (Consumer<GraphicsContext>) gc -> Symbols.eventPin(gc, 9, 17,
                    EventState.IN_PROGRESS, Urgency.NORMAL)},
            {"legend.eventChecking", (Consumer<GraphicsContext>) gc -> Symbols.eventPin(gc, 9, 17,
                    EventState.HANDLED, Urgency.NORMAL)},
            {"legend.nearDue", (Consumer<GraphicsContext>) gc -> Symbols.countdownDot(gc, 3, 20, false)},
            {"legend.overdue", (Consumer<GraphicsContext>) gc -> Symbols.countdownDot(gc, 3, 20, true)},
            {"legend.warehouse", (Consumer<GraphicsContext>) gc -> Symbols.warehouse(gc, 9, 9)},
            {"legend.team", (Consumer<GraphicsContext>) gc -> Symbols.team(gc, 9, 10, TeamStatus.AVAILABLE)},
            {"legend.expert", (Consumer<GraphicsContext>) gc -> Symbols.expert(gc, 9, 9, true)},
            {"legend.serviceCenter", (Consumer<GraphicsContext>) gc -> Symbols.serviceCenter(gc, 9, 10)},
            {"legend.gridStation", (Consumer<GraphicsContext>) gc -> Symbols.gridStation(gc, 9, 9)},
        };
        int i = 0;
        for (Object[] row : rows) {
            Canvas icon = new Canvas(18, 18);
            @SuppressWarnings("unchecked")
            Consumer<GraphicsContext> draw = (Consumer<GraphicsContext>) row[1];
            draw.accept(icon.getGraphicsContext2D());
            Label label = new Label(m.get((String) row[0]));
            label.getStyleClass().add("legend-label");
            g.add(icon, (i % 2) * 2, i / 2);
            g.add(label, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        Canvas heat = new Canvas(18, 12);
        heat.getGraphicsContext2D().setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, HeatSurface.ramp(0)), new Stop(0.5, HeatSurface.ramp(0.5)), new Stop(1,
                HeatSurface.ramp(1))));
        heat.getGraphicsContext2D().fillRect(0, 0, 18, 12);
        Label heatLabel = new Label(m.get("layer.HEAT_MAP") + " " + m.get("legend.heat"));
        heatLabel.getStyleClass().add("legend-label");
        g.add(heat, (i % 2) * 2, i / 2);
        g.add(heatLabel, (i % 2) * 2 + 1, i / 2);
        i++;
        Canvas cluster = new Canvas(18, 18);
        Symbols.cluster(cluster.getGraphicsContext2D(), 9, 9, 9, Symbols.EVENT_HANDLING, Color.web("#0b1118"));
        Label clusterLabel = new Label(m.get("legend.cluster"));
        clusterLabel.getStyleClass().add("legend-label");
        g.add(cluster, (i % 2) * 2, i / 2);
        g.add(clusterLabel, (i % 2) * 2 + 1, i / 2);
        return g;
    }

    public void dispose() {
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).selectedProperty().unbindBidirectional(model.visibleProperty(PointLayerKind.values()[i]));
        }
    }
}
