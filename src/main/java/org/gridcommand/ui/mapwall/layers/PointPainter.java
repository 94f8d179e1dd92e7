package org.gridcommand.ui.mapwall.layers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.geo.cluster.Cluster;
import org.gridcommand.geo.cluster.GridClustering;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.LabelSpace;
import org.gridcommand.ui.mapwall.Stamp;

/**
 * Draws the point layers for one frame: only points in view (through each kind's bucket index), clustered below
 * {@link #CLUSTER_BELOW}, singles as their symbol. Records where the pulsing new events are for the pulse canvas.
 */
final class PointPainter {
    /** From this integer zoom on every point is drawn on its own. */
    static final int CLUSTER_BELOW = 15;
    /** Countdown text fits from this zoom on; below it a coloured dot says the same. */
    static final int BADGE_TEXT_FROM = 15;
    static final double CLUSTER_CELL_PX = 72;
    /** Points this far outside the view are still drawn, so symbols on the edge are not cut off. */
    private static final double MARGIN_PX = 40;

    private final GridClustering clustering = new GridClustering(CLUSTER_CELL_PX);
    private final Sprites sprites = new Sprites();
    /** Where countdown badges went this frame: no badge covers another. */
    private final LabelSpace badges = new LabelSpace(1);
    private final Messages messages;
    private final double[] pulsing = new double[2 * 4096];
    private int pulsingCount;
    private int drawn;

    PointPainter(Messages messages) {
        this.messages = messages;
    }

    /**
     * Paints the visible point layers: symbols with {@code stamp}, the few vector drawings (water gauges) through
     * {@code vector}; returns the number of symbols (singles and clusters) drawn.
     */
    int paint(Stamp gc, Consumer<Consumer<GraphicsContext>> vector, MapFrame f, PointLayersModel model) {
        PointLayersModel.Projection p = model.projection();
        drawn = 0;
        badges.clear();
        pulsingCount = 0;
        if (model.isVisible(PointLayerKind.RESOURCES)) {
            // stations first: the emergency resources above them stay readable where both stand
            layer(gc, f, p.stations(), Symbols.SERVICE_CENTER, i -> true, (x, y, i) -> {
                StationKind kind = p.stations().items.get(i).kind();
                sprites.stamp(gc, "station" + kind, x, y, 18, 18, 9, 9, (g, a) -> {
                    if (kind == StationKind.SERVICE_CENTER) {
                        Symbols.serviceCenter(g, a[0], a[1]);
                    } else {
                        Symbols.gridStation(g, a[0], a[1]);
                    }
                });
            });
            layer(gc, f, p.warehouses(), Symbols.WAREHOUSE, i -> true, (x, y, i) ->
                    sprites.stamp(gc, "warehouse", x, y, 14, 14, 7, 7, (g, a) -> Symbols.warehouse(g, a[0], a[1])));
            layer(gc, f, p.teams(), Symbols.TEAM, i -> true, (x, y, i) -> {
                var status = p.teams().items.get(i).status();
                sprites.stamp(gc, "team" + status, x, y, 16, 16, 8, 9, (g, a) -> Symbols.team(g, a[0], a[1], status));
            });
            layer(gc, f, p.experts(), Symbols.EXPERT, i -> true, (x, y, i) -> {
                boolean available = p.experts().items.get(i).available();
                sprites.stamp(gc, "expert" + available, x, y, 14, 14, 7, 7,
                        (g, a) -> Symbols.expert(g, a[0], a[1], available));
            });
        }
        if (model.isVisible(PointLayerKind.SENSORS)) {
            boolean gauges = f.level() >= CLUSTER_BELOW - 1;
            layer(gc, f, p.sensors(), Symbols.SENSOR_NORMAL, i -> true, (x, y, i) -> {
                SensorPoint s = p.sensors().items.get(i);
                sprites.stamp(gc, "sensor" + s.state(), x, y, 18, 18, 9, 9,
                        (g, a) -> Symbols.sensor(g, a[0], a[1], s.state()));
                if (gauges && s.kind() == SensorKind.WATER_LEVEL && s.lastValue() != null) {
                    vector.accept(g -> Symbols.gauge(g, x, y, s.lastValue(), s.warningThreshold(),
                            s.alarmThreshold(), s.state()));
                }
            });
        }
        if (model.isVisible(PointLayerKind.CAMERAS)) {
            layer(gc, f, p.cameras(), Symbols.CAMERA_ONLINE, i -> true, (x, y, i) -> {
                CameraPoint c = p.cameras().items.get(i);
                sprites.stamp(gc, "camera" + c.online() + c.aiEnabled(), x, y, 20, 20, 10, 10,
                        (g, a) -> Symbols.camera(g, a[0], a[1], c.online(), c.aiEnabled()));
            });
        }
        if (model.isVisible(PointLayerKind.EVENTS)) {
            boolean text = f.level() >= BADGE_TEXT_FROM;
            Instant now = p.at();
            layer(gc, f, p.events(), Symbols.EVENT_HANDLING, i -> true, (x, y, i) -> {
                EventPin e = p.events().items.get(i);
                sprites.stamp(gc, "pin" + Symbols.eventColour(e.state()) + e.urgency(), x, y, 20, 27, 10, 25,
                        (g, a) -> Symbols.eventPin(g, a[0], a[1], e.state(), e.urgency()));
                TimeLimit.Countdown cd = PointLayersModel.countdown(e, now);
                if (cd != null && cd.nearDueOrOverdue()) {
                    boolean overdue = cd.status() == TimeLimitStatus.OVERDUE;
                    String label = text ? badge(cd.remaining()) : null;
                    int width = text ? Symbols.badgeWidth(label) : 0;
                    // a badge that would cover another shrinks to the coloured dot, which says the same smaller
                    if (text && badges.take(x + 7 + width / 2.0, y - 24 + 6.5, width, 13)) {
                        // a badge's text is one of a few hundred ("剩45分", "超3天"): stamped like a symbol, as
                        // text drawn per pin per frame is the software renderer's most expensive drawing
                        sprites.stamp(gc, "badge" + overdue + label, x, y, width, 13, -7, 24,
                                (g, a) -> Symbols.countdownBadge(g, a[0], a[1], label, overdue));
                    } else {
                        sprites.stamp(gc, "dot" + overdue, x, y, 24, 24, 4, 20,
                                (g, a) -> Symbols.countdownDot(g, a[0], a[1], overdue));
                    }
                }
                if (model.pulses(e) && pulsingCount < pulsing.length / 2) {
                    pulsing[2 * pulsingCount] = x;
                    pulsing[2 * pulsingCount + 1] = y;
                    pulsingCount++;
                }
            });
        }
        return drawn;
    }

    /** Screen positions of the new, unacknowledged events drawn in the last paint: x0, y0, x1, y1… */
    double[] pulsing() {
        return pulsing;
    }

    int pulsingCount() {
        return pulsingCount;
    }

    /** "剩45分" / "超3时": minutes under two hours, hours under two days, days beyond. */
    String badge(Duration remaining) {
        boolean over = remaining.isNegative();
        long minutes = Math.abs(remaining.toMinutes());
        String amount;
        if (minutes < 120) {
            amount = messages.get("badge.minutes", minutes);
        } else if (minutes < 48 * 60) {
            amount = messages.get("badge.hours", minutes / 60);
        } else {
            amount = messages.get("badge.days", minutes / (24 * 60));
        }
        return messages.get(over ? "badge.over" : "badge.left", amount);
    }

    @FunctionalInterface
    interface Single {
        void draw(double screenX, double screenY, int index);
    }

    private <T> void layer(Stamp gc, MapFrame f, ProjectedPoints<T> pts, Color colour, IntPredicate wanted,
            Single single) {
        if (pts.size() == 0) {
            return;
        }
        double m = MARGIN_PX;
        double x0 = f.worldX(-m);
        double y0 = f.worldY(-m);
        double x1 = f.worldX(f.width() + m);
        double y1 = f.worldY(f.height() + m);
        if (f.level() >= CLUSTER_BELOW) {
            pts.index.query(x0, y0, x1, y1, i -> {
                if (wanted.test(i)) {
                    single.draw(f.screenX(pts.x[i]), f.screenY(pts.y[i]), i);
                    drawn++;
                }
            });
            return;
        }
        List<Cluster> clusters = clustering.clusters(pts.index, f.level(), x0, y0, x1, y1, wanted, pts.rank);
        for (Cluster c : clusters) {
            double sx = f.screenX(c.worldX());
            double sy = f.screenY(c.worldY());
            if (c.isSingle()) {
                single.draw(sx, sy, c.first());
            } else {
                Color ring = ringFor(c.worstRank());
                sprites.stamp(gc, "cluster" + colour + ring + c.count(), sx, sy, 38, 38, 19, 19,
                        (g, a) -> Symbols.cluster(g, a[0], a[1], c.count(), colour, ring));
            }
            drawn++;
        }
    }

    /** Clusters of the given kind at this frame (for clicks: a click on a cluster zooms into it). */
    <T> List<Cluster> clusters(MapFrame f, ProjectedPoints<T> pts) {
        return clustering.clusters(pts.index, f.level(), f.worldX(0), f.worldY(0), f.worldX(f.width()),
                f.worldY(f.height()), i -> true, pts.rank);
    }

    private static Color ringFor(int rank) {
        return switch (rank) {
            case 2 -> Symbols.OVERDUE;
            case 1 -> Symbols.WARNING;
            default -> Color.web("#0b1118", 0.9);
        };
    }
}
