package org.gridcommand.ui.statistics;

import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.PieSectionEntity;
import org.jfree.fx.FXGraphics2D;

/**
 * A JFreeChart drawn on a JavaFX canvas through FXGraphics2D — the same chart objects the PDF reports draw — redrawn
 * when resized. A click on a bar or a slice hands its name to {@code onPick}.
 */
final class ChartCanvas extends Pane {
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final ChartRenderingInfo info = new ChartRenderingInfo();
    private JFreeChart chart;

    ChartCanvas(Consumer<String> onPick) {
        getChildren().add(canvas);
        setMinHeight(220);
        setPrefHeight(300);
        canvas.setOnMouseClicked(e -> {
            ChartEntity entity = info.getEntityCollection() == null ? null
                    : info.getEntityCollection().getEntity(e.getX(), e.getY());
            if (entity instanceof CategoryItemEntity item) {
                onPick.accept(item.getColumnKey().toString());
            } else if (entity instanceof PieSectionEntity slice) {
                onPick.accept(slice.getSectionKey().toString());
            }
        });
    }

    void show(JFreeChart newChart) {
        chart = newChart;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (chart != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight()), info);
        }
    }
}
