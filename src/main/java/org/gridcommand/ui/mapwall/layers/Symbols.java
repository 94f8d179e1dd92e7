package org.gridcommand.ui.mapwall.layers;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.resource.TeamStatus;

/**
 * The map wall's point symbols, drawn on a canvas (also by the legend, so the legend shows exactly what the map
 * does). Shapes tell the kind even without colour: camera ● , sensor ◆, event pin, warehouse ■, team ▲, expert ✚,
 * service centre ⌂, grid station ⬢.
 */
final class Symbols {
    static final Color OUTLINE = Color.web("#0b1118");
    static final Color CAMERA_ONLINE = Color.web("#36cfc9");
    static final Color CAMERA_OFFLINE = Color.web("#6b7785");
    static final Color AI = Color.web("#b37feb");
    static final Color SENSOR_NORMAL = Color.web("#52c41a");
    static final Color SENSOR_WARNING = Color.web("#faad14");
    static final Color SENSOR_ALARM = Color.web("#ff4d4f");
    static final Color SENSOR_OFFLINE = Color.web("#6b7785");
    static final Color EVENT_WAITING = Color.web("#ff9c3a");
    static final Color EVENT_HANDLING = Color.web("#3fa7ff");
    static final Color EVENT_CHECKING = Color.web("#73d13d");
    static final Color WAREHOUSE = Color.web("#d4a373");
    static final Color TEAM = Color.web("#9e7bff");
    static final Color EXPERT = Color.web("#f06bb4");
    static final Color SERVICE_CENTER = Color.web("#597ef7");
    /** Light, unlike every other symbol: the many small grid stations read as a quiet net over the city. */
    static final Color GRID_STATION = Color.web("#e8edf2");
    static final Color WARNING = Color.web("#faad14");
    static final Color OVERDUE = Color.web("#ff4d4f");
    private static final Font BADGE_FONT = Font.font("Noto Sans CJK SC", FontWeight.BOLD, 10);
    private static final Font COUNT_FONT = Font.font("Noto Sans CJK SC", FontWeight.BOLD, 11);

    private Symbols() {
    }

    static void camera(GraphicsContext gc, double x, double y, boolean online, boolean ai) {
        gc.setFill(online ? CAMERA_ONLINE : CAMERA_OFFLINE);
        gc.fillOval(x - 4.5, y - 4.5, 9, 9);
        gc.setStroke(OUTLINE);
        gc.setLineWidth(1.2);
        gc.strokeOval(x - 4.5, y - 4.5, 9, 9);
        if (ai) {
            gc.setFill(AI);
            gc.fillOval(x + 2, y - 7, 5.5, 5.5);
        }
    }

    static Color sensorColour(SensorState s) {
        return switch (s) {
            case NORMAL -> SENSOR_NORMAL;
            case WARNING -> SENSOR_WARNING;
            case ALARM -> SENSOR_ALARM;
            case OFFLINE -> SENSOR_OFFLINE;
        };
    }

    static void sensor(GraphicsContext gc, double x, double y, SensorState state) {
        double r = state == SensorState.ALARM ? 7 : 5.5;
        gc.setFill(sensorColour(state));
        gc.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
        gc.setStroke(OUTLINE);
        gc.setLineWidth(1.2);
        gc.strokePolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
    }

    /**
     * A water level gauge beside a sensor: the bar is the level against the alarm threshold (full height), the
     * line across it the warning threshold.
     */
    static void gauge(GraphicsContext gc, double x, double y, double value, double warning, double alarm,
            SensorState state) {
        double h = 18;
        double w = 5;
        double left = x + 8;
        double top = y - h / 2;
        double full = alarm <= 0 ? 1 : alarm * 1.25;
        double level = Math.max(0, Math.min(1, value / full));
        gc.setFill(Color.web("#0b1118", 0.85));
        gc.fillRect(left - 1, top - 1, w + 2, h + 2);
        gc.setFill(sensorColour(state));
        gc.fillRect(left, top + h * (1 - level), w, h * level);
        double warnY = top + h * (1 - Math.min(1, warning / full));
        gc.setStroke(WARNING);
        gc.setLineWidth(1.5);
        gc.strokeLine(left - 2, warnY, left + w + 2, warnY);
    }

    static Color eventColour(EventState s) {
        return switch (s) {
            case REPORTED, REGISTERED, RETURNED -> EVENT_WAITING;
            case HANDLED, VERIFIED -> EVENT_CHECKING;
            default -> EVENT_HANDLING;
        };
    }

    /** A pin whose tip is at (x, y): bigger and ringed for urgent and critical events. */
    static void eventPin(GraphicsContext gc, double x, double y, EventState state, Urgency urgency) {
        double r = switch (urgency) {
            case CRITICAL -> 7.5;
            case URGENT -> 6.5;
            case NORMAL -> 5.5;
        };
        double cy = y - r * 1.9;
        gc.setFill(eventColour(state));
        gc.fillPolygon(new double[] {x - r * 0.7, x, x + r * 0.7}, new double[] {cy + r * 0.5, y, cy + r * 0.5}, 3);
        gc.fillOval(x - r, cy - r, 2 * r, 2 * r);
        gc.setStroke(urgency == Urgency.CRITICAL ? OVERDUE : urgency == Urgency.URGENT ? Color.WHITE : OUTLINE);
        gc.setLineWidth(urgency == Urgency.NORMAL ? 1.2 : 2);
        gc.strokeOval(x - r, cy - r, 2 * r, 2 * r);
        gc.setFill(OUTLINE);
        gc.fillOval(x - r * 0.35, cy - r * 0.35, r * 0.7, r * 0.7);
    }

    /** A countdown badge to the right of a pin: "剩45分" in amber or "超3时" in red. */
    /** The width in whole pixels of a countdown badge with this text. */
    static int badgeWidth(String text) {
        return (int) Math.ceil(6 + text.length() * 8.5);
    }

    static void countdownBadge(GraphicsContext gc, double x, double y, String text, boolean overdue) {
        gc.setFont(BADGE_FONT);
        double w = 6 + text.length() * 8.5;
        double left = x + 7;
        double top = y - 24;
        gc.setFill(overdue ? OVERDUE : WARNING);
        gc.fillRoundRect(left, top, w, 13, 6, 6);
        gc.setFill(overdue ? Color.WHITE : OUTLINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, left + 3, top + 6.5);
    }

    /** A dot on a pin's head when only the colour of its countdown fits (zoomed out). */
    static void countdownDot(GraphicsContext gc, double x, double y, boolean overdue) {
        gc.setFill(overdue ? OVERDUE : WARNING);
        gc.fillOval(x + 3, y - 17, 7, 7);
        gc.setStroke(OUTLINE);
        gc.setLineWidth(1);
        gc.strokeOval(x + 3, y - 17, 7, 7);
    }

    static void warehouse(GraphicsContext gc, double x, double y) {
        gc.setFill(WAREHOUSE);
        gc.fillRect(x - 5.5, y - 5.5, 11, 11);
        gc.setStroke(OUTLINE);
        gc.setLineWidth(1.2);
        gc.strokeRect(x - 5.5, y - 5.5, 11, 11);
    }

    /** A team: filled when available, hollow while committed elsewhere or resting. */
    static void team(GraphicsContext gc, double x, double y, TeamStatus status) {
        double[] xs = {x, x + 6.5, x - 6.5};
        double[] ys = {y - 6.5, y + 5, y + 5};
        gc.setFill(status == TeamStatus.AVAILABLE ? TEAM : OUTLINE);
        gc.fillPolygon(xs, ys, 3);
        gc.setStroke(status == TeamStatus.AVAILABLE ? OUTLINE : TEAM);
        gc.setLineWidth(1.6);
        gc.strokePolygon(xs, ys, 3);
    }

    static void expert(GraphicsContext gc, double x, double y, boolean available) {
        gc.setFill(available ? EXPERT : CAMERA_OFFLINE);
        gc.fillRect(x - 2, y - 6, 4, 12);
        gc.fillRect(x - 6, y - 2, 12, 4);
    }

    /** A community service centre: a house with a door, in blue. */
    static void serviceCenter(GraphicsContext gc, double x, double y) {
        double[] xs = {x, x + 7, x + 5, x + 5, x - 5, x - 5, x - 7};
        double[] ys = {y - 7, y - 1, y - 1, y + 6, y + 6, y - 1, y - 1};
        gc.setFill(SERVICE_CENTER);
        gc.fillPolygon(xs, ys, xs.length);
        gc.setStroke(OUTLINE);
        gc.setLineWidth(1.2);
        gc.strokePolygon(xs, ys, xs.length);
        gc.setFill(OUTLINE);
        gc.fillRect(x - 1.5, y + 1.5, 3, 4.5);
    }

    /** A grid station: a small light hexagon with a dark heart. */
    static void gridStation(GraphicsContext gc, double x, double y) {
        double r = 5.5;
        double[] xs = new double[6];
        double[] ys = new double[6];
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(90 + 60 * i);
            xs[i] = x + r * Math.cos(a);
            ys[i] = y - r * Math.sin(a);
        }
        gc.setFill(GRID_STATION);
        gc.fillPolygon(xs, ys, 6);
        gc.setStroke(OUTLINE);
        gc.setLineWidth(1.2);
        gc.strokePolygon(xs, ys, 6);
        gc.setFill(OUTLINE);
        gc.fillOval(x - 1.5, y - 1.5, 3, 3);
    }

    /** A cluster: a disc sized by its count, in the layer's colour, ringed by its worst point's colour. */
    static void cluster(GraphicsContext gc, double x, double y, int count, Color fill, Color ring) {
        double r = 8 + Math.min(8, 4 * Math.log10(count));
        gc.setFill(fill.deriveColor(0, 1, 1, 0.85));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(ring);
        gc.setLineWidth(2.5);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setFill(OUTLINE);
        gc.setFont(COUNT_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(count >= 10_000 ? count / 1000 + "k" : Integer.toString(count), x, y);
    }
}
