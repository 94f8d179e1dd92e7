package org.gridcommand.ui.mapwall.tools;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the measuring path, the circle or polygon being drawn, and a search marker on one canvas above the map.
 * Redraws on the next pulse after the map moves or the tools change; never takes mouse events.
 */
final class ToolOverlay extends MapLayer {
    private static final Color LINE = Color.web("#ffd166");
    private static final Color FILL = Color.web("#ffd166", 0.16);
    private static final Color HALO = Color.web("#05080c", 0.85);
    private static final Color MARK = Color.web("#3fa7ff");

    private final MapTools tools;
    private final Region host;
    private final Canvas canvas = new Canvas();
    private final Font font = Font.font(13);
    private final Units units;
    private Subscription subscriptions = Subscription.EMPTY;

    ToolOverlay(MapTools tools, Region host, Units units) {
        this.tools = tools;
        this.units = units;
        this.host = host;
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
        getChildren().add(canvas);
    }

    @Override
    protected void initialize() {
        subscriptions = Subscription.combine(
                baseMap.translateXProperty().subscribe((o, n) -> markDirty()),
                baseMap.translateYProperty().subscribe((o, n) -> markDirty()),
                baseMap.zoom().subscribe((o, n) -> markDirty()),
                host.widthProperty().subscribe((o, n) -> markDirty()),
                host.heightProperty().subscribe((o, n) -> markDirty()),
                tools.changesProperty().subscribe((o, n) -> markDirty()));
    }

    @Override
    protected void layoutLayer() {
        double w = host.getWidth();
        double h = host.getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        gc.setFont(font);
        drawShape(gc, tools.shapeInProgress());
        List<double[]> pts = new ArrayList<>(tools.points());
        if (tools.hoverPoint() != null) {
            pts.add(tools.hoverPoint());
        }
        switch (tools.toolProperty().get()) {
            case DISTANCE -> drawPath(gc, pts);
            case POLYGON -> {
                if (!tools.finishedProperty().get()) {
                    drawLine(gc, pts, pts.size() >= 3);
                }
                dots(gc, tools.points());
            }
            case CIRCLE -> {
                if (pts.size() >= 2) {
                    drawLine(gc, pts.subList(0, 2), false);
                    Point2D b = screen(pts.get(1));
                    label(gc, units.length(tools.lengthMetersProperty().get()), b.getX() + 8, b.getY() - 8);
                }
                dots(gc, tools.points().subList(0, Math.min(1, tools.points().size())));
            }
            case BOX -> {
                // the box's size while it is drawn, at the corner under the mouse
                Geometry box = tools.shapeInProgress();
                if (box != null && !tools.finishedProperty().get() && tools.hoverPoint() != null) {
                    Point2D corner = screen(tools.hoverPoint());
                    label(gc, units.area(Measure.areaM2(box)), corner.getX() + 10, corner.getY() - 6);
                }
            }
            default -> { }
        }
        if (tools.marker() != null) {
            Point2D m = screen(tools.marker());
            gc.setStroke(HALO);
            gc.setLineWidth(6);
            gc.strokeOval(m.getX() - 12, m.getY() - 12, 24, 24);
            gc.setStroke(MARK);
            gc.setLineWidth(3);
            gc.strokeOval(m.getX() - 12, m.getY() - 12, 24, 24);
        }
    }

    private void drawPath(GraphicsContext gc, List<double[]> pts) {
        drawLine(gc, pts, false);
        dots(gc, pts);
        double sum = 0;
        for (int i = 1; i < pts.size(); i++) {
            sum += Measure.pathMeters(pts.subList(i - 1, i + 1));
            Point2D p = screen(pts.get(i));
            label(gc, units.length(sum), p.getX() + 8, p.getY() - 8);
        }
    }

    private void drawShape(GraphicsContext gc, Geometry shape) {
        if (!(shape instanceof Polygon polygon)) {
            return;
        }
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        double[] xs = new double[ring.length];
        double[] ys = new double[ring.length];
        for (int i = 0; i < ring.length; i++) {
            Point2D p = screen(new double[] {ring[i].x, ring[i].y});
            xs[i] = p.getX();
            ys[i] = p.getY();
        }
        gc.setFill(FILL);
        gc.fillPolygon(xs, ys, ring.length);
        gc.setStroke(LINE);
        gc.setLineWidth(2);
        gc.strokePolygon(xs, ys, ring.length);
    }

    private void drawLine(GraphicsContext gc, List<double[]> pts, boolean closed) {
        if (pts.size() < 2) {
            return;
        }
        gc.beginPath();
        for (int i = 0; i < pts.size(); i++) {
            Point2D p = screen(pts.get(i));
            if (i == 0) {
                gc.moveTo(p.getX(), p.getY());
            } else {
                gc.lineTo(p.getX(), p.getY());
            }
        }
        if (closed) {
            gc.closePath();
        }
        gc.setStroke(HALO);
        gc.setLineWidth(5);
        gc.stroke();
        gc.setStroke(LINE);
        gc.setLineWidth(2.5);
        gc.stroke();
    }

    private void dots(GraphicsContext gc, List<double[]> pts) {
        for (double[] pt : pts) {
            Point2D p = screen(pt);
            gc.setFill(HALO);
            gc.fillOval(p.getX() - 5, p.getY() - 5, 10, 10);
            gc.setFill(LINE);
            gc.fillOval(p.getX() - 3.5, p.getY() - 3.5, 7, 7);
        }
    }

    private void label(GraphicsContext gc, String text, double x, double y) {
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setLineWidth(4);
        gc.setStroke(HALO);
        gc.strokeText(text, x, y);
        gc.setFill(Color.WHITE);
        gc.fillText(text, x, y);
    }

    private Point2D screen(double[] lonLat) {
        return getMapPoint(lonLat[1], lonLat[0]);
    }

    void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }
}
