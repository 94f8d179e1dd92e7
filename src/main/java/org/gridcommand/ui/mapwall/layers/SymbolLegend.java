package org.gridcommand.ui.mapwall.layers;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.ui.common.Messages;

/**
 * The layer panel's legend, drawn with the very symbols of the map. The entries flow: as many side by side as the
 * panel's width holds (two at 1920×1080, one at 1366×768, fewer in English), and an entry wider than the panel
 * wraps its words instead of being cut to "Sensor warni…" (issue 10). A fixed two-column grid clipped them.
 */
final class SymbolLegend extends FlowPane {
    private static final double ICON = 18;
    private static final double ENTRY_GAP = 4;

    SymbolLegend(Messages m) {
        getStyleClass().add("layer-legend");
        setHgap(10);
        setVgap(2);
        // the panel's width decides the columns; a small preferred wrap keeps the legend from widening the panel
        setPrefWrapLength(ICON * 4);
        entry(m.get("legend.cameraOnline"), gc -> Symbols.camera(gc, 9, 9, true, false));
        entry(m.get("legend.cameraOffline"), gc -> Symbols.camera(gc, 9, 9, false, false));
        entry(m.get("legend.ai"), gc -> Symbols.camera(gc, 8, 10, true, true));
        entry(m.get("legend.sensorNormal"), gc -> Symbols.sensor(gc, 9, 9, SensorState.NORMAL));
        entry(m.get("legend.sensorWarning"), gc -> Symbols.sensor(gc, 9, 9, SensorState.WARNING));
        entry(m.get("legend.sensorAlarm"), gc -> Symbols.sensor(gc, 9, 9, SensorState.ALARM));
        entry(m.get("legend.gauge"), gc -> Symbols.gauge(gc, 0, 9, 2.6, 2.0, 3.0, SensorState.WARNING));
        entry(m.get("legend.eventWaiting"), gc -> Symbols.eventPin(gc, 9, 17, EventState.REPORTED, Urgency.NORMAL));
        entry(m.get("legend.eventHandling"),
                gc -> Symbols.eventPin(gc, 9, 17, EventState.IN_PROGRESS, Urgency.NORMAL));
        entry(m.get("legend.eventChecking"), gc -> Symbols.eventPin(gc, 9, 17, EventState.HANDLED, Urgency.NORMAL));
        entry(m.get("legend.nearDue"), gc -> Symbols.countdownDot(gc, 3, 20, false));
        entry(m.get("legend.overdue"), gc -> Symbols.countdownDot(gc, 3, 20, true));
        entry(m.get("legend.warehouse"), gc -> Symbols.warehouse(gc, 9, 9));
        entry(m.get("legend.team"), gc -> Symbols.team(gc, 9, 10, TeamStatus.AVAILABLE));
        entry(m.get("legend.expert"), gc -> Symbols.expert(gc, 9, 9, true));
        entry(m.get("legend.serviceCenter"), gc -> Symbols.serviceCenter(gc, 9, 10));
        entry(m.get("legend.gridStation"), gc -> Symbols.gridStation(gc, 9, 9));
        Canvas heat = new Canvas(ICON, 12);
        heat.getGraphicsContext2D().setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, HeatSurface.ramp(0)), new Stop(0.5, HeatSurface.ramp(0.5)), new Stop(1,
                HeatSurface.ramp(1))));
        heat.getGraphicsContext2D().fillRect(0, 0, ICON, 12);
        entry(m.get("layer.HEAT_MAP") + " " + m.get("legend.heat"), heat);
        entry(m.get("legend.cluster"),
                gc -> Symbols.cluster(gc, 9, 9, 9, Symbols.EVENT_HANDLING, Color.web("#0b1118")));
    }

    private void entry(String text, Consumer<GraphicsContext> draw) {
        Canvas icon = new Canvas(ICON, ICON);
        draw.accept(icon.getGraphicsContext2D());
        entry(text, icon);
    }

    private void entry(String text, Node icon) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        label.setWrapText(true);
        // never wider than the panel: a long English entry wraps onto a second line
        label.maxWidthProperty().bind(widthProperty().subtract(ICON + ENTRY_GAP));
        HBox item = new HBox(ENTRY_GAP, icon, label);
        item.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(item);
    }
}
