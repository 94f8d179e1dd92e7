package org.gridcommand.ui.mapwall.layers;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gridcommand.service.map.MapPoints.SensorPoint;

/**
 * A sensor's reading as a horizontal gauge: the bar to the latest value, ticks at the warning (amber) and alarm
 * (red) thresholds, the scale running to a quarter past the alarm threshold.
 */
final class SensorGauge extends Canvas {
    SensorGauge() {
        super(260, 46);
        setId("sensor-gauge");
    }

    void show(SensorPoint s) {
        GraphicsContext gc = getGraphicsContext2D();
        double w = getWidth();
        gc.clearRect(0, 0, w, getHeight());
        double full = Math.max(s.alarmThreshold() * 1.25, s.lastValue() == null ? 0 : s.lastValue());
        full = full <= 0 ? 1 : full;
        double left = 4;
        double barW = w - 8;
        gc.setFill(Color.web("#16212e"));
        gc.fillRect(left, 8, barW, 16);
        if (s.lastValue() != null) {
            gc.setFill(Symbols.sensorColour(s.state()));
            gc.fillRect(left, 8, barW * Math.max(0, s.lastValue()) / full, 16);
        }
        tick(gc, left + barW * s.warningThreshold() / full, Symbols.WARNING, s.warningThreshold());
        tick(gc, left + barW * s.alarmThreshold() / full, Symbols.OVERDUE, s.alarmThreshold());
    }

    private void tick(GraphicsContext gc, double x, Color c, double value) {
        gc.setStroke(c);
        gc.setLineWidth(2);
        gc.strokeLine(x, 4, x, 28);
        gc.setFill(c);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(String.format("%.1f", value), x, 30);
    }
}
