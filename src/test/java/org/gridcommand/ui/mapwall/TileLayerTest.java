package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gridcommand.geo.tiles.TileSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The base map under the map wall: tiles read off the FX thread, enlarged past the file's depth, switched live. */
@ExtendWith(ApplicationExtension.class)
class TileLayerTest {
    private static final double LON = 120.15;
    private static final double LAT = 30.25;

    private final Set<String> readingThreads = ConcurrentHashMap.newKeySet();
    private MapWallModel model;
    private MapWallView view;

    @Start
    void start(Stage stage) {
        model = new MapWallModel();
        view = new MapWallView(model);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
        view.centreOn(LON, LAT, 12);
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    @Test
    void tiles_are_read_off_the_fx_thread_and_fill_the_view(FxRobot robot) throws Exception {
        robot.interact(() -> model.tileSourceProperty().set(levels(20, 0x2a6f3c)));

        awaitCentre(robot, Color.rgb(0x2a, 0x6f, 12 * 10));
        assertThat(readingThreads).isNotEmpty().noneMatch(name -> name.contains("JavaFX Application Thread"));
    }

    @Test
    void past_the_deepest_level_of_the_file_its_last_level_is_shown_enlarged(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.tileSourceProperty().set(levels(13, 0x2a6f3c));
            view.centreOn(LON, LAT, 16);
        });

        awaitCentre(robot, Color.rgb(0x2a, 0x6f, 13 * 10));
    }

    @Test
    void choosing_another_base_map_shows_it_without_a_restart(FxRobot robot) throws Exception {
        robot.interact(() -> model.tileSourceProperty().set(levels(20, 0x2a6f3c)));
        awaitCentre(robot, Color.rgb(0x2a, 0x6f, 120));

        robot.interact(() -> model.tileSourceProperty().set(levels(20, 0x903010)));

        awaitCentre(robot, Color.rgb(0x90, 0x30, 120));
    }

    @Test
    void a_moving_map_is_drawn_fast_and_smoothed_once_it_is_still(FxRobot robot) throws Exception {
        robot.interact(() -> model.tileSourceProperty().set(levels(20, 0x2a6f3c)));
        awaitCentre(robot, Color.rgb(0x2a, 0x6f, 120));

        robot.interact(() -> view.centreOn(LON + 0.01, LAT, 12.4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.tileLayer().drawnMoving())).isTrue();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !fx(() -> view.tileLayer().drawnMoving()));
    }

    @Test
    void gluons_own_tile_nodes_do_not_pile_up_over_a_long_shift(FxRobot robot) {
        robot.interact(() -> model.tileSourceProperty().set(levels(20, 0x2a6f3c)));
        for (int step = 0; step < 200; step++) {
            double zoom = 11 + (step % 70) / 10.0;
            double lon = LON + step * 0.002;
            robot.interact(() -> view.centreOn(lon, LAT, zoom));
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> view.tileLayer().gluonTileCount())).isLessThanOrEqualTo(1);
    }

    /**
     * A source whose tiles are one colour per level, blue = 10 × level, and that has none deeper than {@code deepest}.
     */
    private TileSource levels(int deepest, int rgb) {
        return (z, x, y) -> {
            readingThreads.add(Thread.currentThread().getName());
            if (z > deepest) {
                return null;
            }
            BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            int colour = (rgb & 0xffff00) | (z * 10);
            for (int i = 0; i < 256; i++) {
                for (int j = 0; j < 256; j++) {
                    image.setRGB(i, j, colour);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return png.toByteArray();
        };
    }

    private void awaitCentre(FxRobot robot, Color expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Color c = centre();
            return Math.abs(c.getRed() - expected.getRed()) < 0.02
                    && Math.abs(c.getGreen() - expected.getGreen()) < 0.02
                    && Math.abs(c.getBlue() - expected.getBlue()) < 0.02;
        });
    }

    private Color centre() {
        return fx(() -> {
            var canvas = view.tileLayer().canvas();
            WritableImage image = canvas.snapshot(null, null);
            return image.getPixelReader().getColor((int) canvas.getWidth() / 2, (int) canvas.getHeight() / 2);
        });
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
