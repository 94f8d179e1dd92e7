package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The officer zooms with the mouse wheel and with a trackpad; what the map draws shows how far each step went. */
@ExtendWith(ApplicationExtension.class)
class WheelZoomTest {
    /** One notch as GTK and Windows report it: 40 px with a multiplier of 40. */
    private static final double NOTCH = 40;
    private final SyntheticCity city = SyntheticCity.small();
    private final Area grid = city.first(AreaLevel.GRID);
    private MapWallModel model;
    private MapWallView view;

    @Start
    void start(Stage stage) {
        model = new MapWallModel();
        model.setAreas(city.areas);
        view = new MapWallView(model);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    @Test
    void one_wheel_notch_enlarges_the_map_by_half_a_level_around_the_pointer(FxRobot robot) {
        show(robot, 13);
        double beforeSpacing = lineSpacing(robot, 300);
        double[] underPointer = fx(() -> view.lonLatAt(250, 300));

        wheel(robot, 250, 300, NOTCH, NOTCH);

        assertThat(model.zoomProperty().get()).isCloseTo(13.5, within(1e-6));
        // the community lines on screen are √2 as far apart: the map really was drawn half a level closer
        assertThat(lineSpacing(robot, 300) / beforeSpacing).isCloseTo(Math.sqrt(2), within(0.03));
        double[] stillUnder = fx(() -> view.lonLatAt(250, 300));
        assertThat(stillUnder[0]).isCloseTo(underPointer[0], within(1e-7));
        assertThat(stillUnder[1]).isCloseTo(underPointer[1], within(1e-7));
    }

    @Test
    void a_trackpads_small_scrolls_add_up_to_the_same_step_as_a_notch(FxRobot robot) {
        show(robot, 15);
        for (int i = 0; i < 20; i++) {
            wheel(robot, 400, 300, NOTCH / 20, NOTCH);
        }
        assertThat(model.zoomProperty().get()).isCloseTo(15.5, within(1e-6));
        // a notch from an event that carries no multiplier of its own counts the same
        wheel(robot, 400, 300, -NOTCH, 1);
        assertThat(model.zoomProperty().get()).isCloseTo(15.0, within(1e-6));
    }

    @Test
    void six_notches_take_the_officer_from_the_micro_grids_out_to_the_communities(FxRobot robot) {
        show(robot, 17.5);
        assertThat(model.drawnLevel()).isEqualTo(AreaLevel.MICRO_GRID);
        for (int i = 0; i < 6; i++) {
            wheel(robot, 400, 300, -NOTCH, NOTCH);
        }
        assertThat(model.drawnLevel()).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(model.zoomProperty().get()).isCloseTo(14.5, within(1e-6));
    }

    @Test
    void a_violent_flick_is_one_bounded_step_not_a_jump_to_the_end_of_the_range(FxRobot robot) {
        show(robot, 15);
        wheel(robot, 400, 300, 40 * NOTCH, NOTCH);
        assertThat(model.zoomProperty().get()).isCloseTo(15 + WheelZoom.MOST_LEVELS_PER_EVENT, within(1e-6));
    }

    private void show(FxRobot robot, double zoom) {
        WaitForAsyncUtils.waitForFxEvents(3);
        double lon = grid.getBoundary().getInteriorPoint().getX();
        double lat = grid.getBoundary().getInteriorPoint().getY();
        robot.interact(() -> view.centreOn(lon, lat, zoom));
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private void wheel(FxRobot robot, double x, double y, double deltaY, double multiplier) {
        robot.interact(() -> Event.fireEvent(view.mapView(), new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y,
                false, false, false, false, false, false, 0, deltaY, 0, deltaY, 1, multiplier,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                null)));
        WaitForAsyncUtils.waitForFxEvents(2);
    }

    /**
     * The median distance in pixels between the boundary lines crossed along row {@code y} of the map's canvas
     * (no base map in this test: only outlines are opaque).
     */
    private double lineSpacing(FxRobot robot, int y) {
        return fx(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            WritableImage image = view.areaLayer().canvas().snapshot(params, null);
            PixelReader pixels = image.getPixelReader();
            List<Integer> lines = new ArrayList<>();
            boolean inLine = false;
            for (int x = 0; x < (int) image.getWidth(); x++) {
                boolean opaque = pixels.getColor(x, y).getOpacity() > 0.3;
                if (opaque && !inLine) {
                    lines.add(x);
                }
                inLine = opaque;
            }
            assertThat(lines).as("boundary lines crossed by row " + y).hasSizeGreaterThanOrEqualTo(2);
            List<Integer> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                gaps.add(lines.get(i) - lines.get(i - 1));
            }
            gaps.sort(null);
            return (double) gaps.get(gaps.size() / 2);
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
