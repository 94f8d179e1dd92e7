package org.gridcommand.ui.mapwall.layers;

import java.util.function.DoubleFunction;
import java.util.Objects;
import java.util.Locale;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.ui.common.Messages;

/**
 * The legend in the map's bottom-left corner while the heat map or the area colouring is on: what the colours
 * mean and their scale — the heat map's peak in events per square kilometre, the colouring's range in events per
 * area of the level drawn. Redrawn by the point layer whenever those figures change.
 */
final class MapLegend extends VBox {
    private static final double BAR_WIDTH = 180;
    private static final double BAR_HEIGHT = 10;

    private final Messages messages;
    private final Section heat = new Section("legend-heat");
    private final Section colours = new Section("legend-choropleth");
    private Object heatShown;
    private Object coloursShown;

    MapLegend(Messages messages) {
        this.messages = messages;
        setId("map-legend");
        getStyleClass().add("map-legend");
        setStyle("-fx-background-color: rgba(11,17,24,0.88); -fx-background-radius: 6; -fx-border-color: #243244;"
                + " -fx-border-radius: 6; -fx-padding: 8 10 8 10;");
        setSpacing(8);
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        StackPane.setMargin(this, new Insets(10));
        getChildren().addAll(heat, colours);
        heat.show(false);
        colours.show(false);
        refreshVisibility();
    }

    /** The heat map's scale; {@code window} null hides it. */
    void showHeat(HeatWindow window, double peakPerKm2, int events) {
        Object now = window == null ? null : List.of(window, Math.round(peakPerKm2), events);
        if (Objects.equals(now, heatShown)) {
            return;
        }
        heatShown = now;
        heat.show(window != null);
        if (window != null) {
            heat.title.setText(messages.get("legend.heatTitle", messages.get("heat." + window), events));
            heat.low.setText(messages.get("legend.heatLow"));
            heat.high.setText(messages.get("legend.heatPeak", peak(peakPerKm2)));
            heat.paint(t -> HeatSurface.ramp(HeatSurface.FLOOR + t * (1 - HeatSurface.FLOOR)));
        }
        refreshVisibility();
    }

    /** The colouring's scale: 1 to {@code max} events per area of {@code level}; {@code level} null hides it. */
    void showColours(PointLayersModel.ChoroplethMeasure measure, AreaLevel level, int max) {
        Object now = level == null || max == 0 ? null : List.of(measure, level, max);
        if (Objects.equals(now, coloursShown)) {
            return;
        }
        coloursShown = now;
        colours.show(now != null);
        if (now != null) {
            colours.title.setText(messages.get("legend.choroplethTitle", messages.get("legend.measure." + measure),
                    messages.get("level." + level)));
            colours.low.setText(messages.get("legend.events", 1));
            colours.high.setText(messages.get("legend.events", max));
            colours.paint(t -> ChoroplethPainter.ramp(max <= 1 ? 1 : (1 + t * (max - 1)) / max));
        }
        refreshVisibility();
    }

    private void refreshVisibility() {
        boolean any = heatShown != null || coloursShown != null;
        setVisible(any);
        setManaged(any);
    }

    /** Whole numbers from ten on, one decimal below: the peak of a quiet week can be under one per km². */
    private static String peak(double perKm2) {
        return perKm2 >= 10 ? String.format(Locale.ROOT, "%,.0f", perKm2)
                : String.format(Locale.ROOT, "%.1f", perKm2);
    }

    /** A title, a colour bar and the values at its two ends. */
    private static final class Section extends VBox {
        final Label title = new Label();
        final Label low = new Label();
        final Label high = new Label();
        private final Canvas bar = new Canvas(BAR_WIDTH, BAR_HEIGHT);

        Section(String id) {
            setId(id);
            setSpacing(3);
            String text = "-fx-text-fill: #dce7f2; -fx-font-size: 12px;";
            title.setStyle(text + " -fx-font-weight: bold;");
            low.setStyle(text);
            high.setStyle(text);
            BorderPane ends = new BorderPane();
            ends.setLeft(low);
            ends.setRight(high);
            ends.setPrefWidth(BAR_WIDTH);
            getChildren().addAll(title, bar, ends);
        }

        void show(boolean shown) {
            setVisible(shown);
            setManaged(shown);
        }

        /** Fills the bar left to right with {@code colour} of 0–1, over the map's own dark ground. */
        void paint(DoubleFunction<Color> colour) {
            GraphicsContext gc = bar.getGraphicsContext2D();
            gc.setFill(Color.web("#080c12"));
            gc.fillRect(0, 0, BAR_WIDTH, BAR_HEIGHT);
            for (int x = 0; x < BAR_WIDTH; x++) {
                gc.setFill(colour.apply(x / (BAR_WIDTH - 1)));
                gc.fillRect(x, 0, 1, BAR_HEIGHT);
            }
        }
    }
}
