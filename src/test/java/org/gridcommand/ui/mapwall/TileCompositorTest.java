package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The base map frame composed on the FX thread: scaled tiles without seams, and the moving map's lines. */
@ExtendWith(ApplicationExtension.class)
class TileCompositorTest {
    private static final int BACKGROUND = 0xff080c12;
    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;

    /** A 2 × 2 tile: red on the left, blue on the right. */
    private final TilePixels halves = new TilePixels(new int[] {RED, BLUE, RED, BLUE}, 2);
    private final TileCompositor compositor = new TileCompositor();

    @Test
    void a_tile_enlarged_while_moving_keeps_its_pixels_sharp_and_covers_exactly_its_rectangle() {
        compositor.begin(10, 10, BACKGROUND);
        compositor.draw(halves, 0, 0, 2, 1, 1, 9, 9, false);

        assertThat(compositor.pixel(1, 1)).isEqualTo(RED);
        assertThat(compositor.pixel(4, 8)).isEqualTo(RED);
        assertThat(compositor.pixel(5, 1)).isEqualTo(BLUE);
        assertThat(compositor.pixel(8, 8)).isEqualTo(BLUE);
        assertThat(compositor.pixel(0, 0)).as("outside the tile").isEqualTo(BACKGROUND);
        assertThat(compositor.pixel(9, 9)).as("right and bottom edges are exclusive").isEqualTo(BACKGROUND);
    }

    @Test
    void a_still_map_blends_neighbouring_tile_pixels() {
        compositor.begin(8, 1, BACKGROUND);
        compositor.draw(halves, 0, 0, 2, 0, -3, 8, 5, true);

        int middle = compositor.pixel(4, 0);
        assertThat(middle & 0xff0000).as("some red").isNotZero();
        assertThat(middle & 0xff).as("some blue").isNotZero();
        assertThat(compositor.pixel(0, 0)).as("the left edge stays red").isEqualTo(RED);
    }

    @Test
    void the_part_of_an_ancestor_tile_standing_in_for_a_missing_one_is_enlarged() {
        compositor.begin(4, 4, BACKGROUND);
        // the right half of the 2 × 2 tile (one pixel column) fills the whole frame
        compositor.draw(halves, 1, 0, 1, 0, 0, 4, 4, false);

        assertThat(compositor.pixel(0, 0)).isEqualTo(BLUE);
        assertThat(compositor.pixel(3, 3)).isEqualTo(BLUE);
    }

    @Test
    void a_moving_maps_line_is_blended_with_its_opacity_and_clipped_to_the_frame() {
        compositor.begin(20, 10, 0xff000000);
        AreaPainter.Pen pen = compositor.pen();
        pen.begin(Color.rgb(255, 255, 255, 0.5), 1);
        pen.moveTo(-1_000_000, 5);
        pen.lineTo(1_000_000, 5);
        pen.end();

        int grey = compositor.pixel(10, 5);
        assertThat(grey >>> 24).isEqualTo(0xff);
        assertThat((grey >> 16) & 0xff).isBetween(120, 135);
        assertThat(compositor.pixel(0, 5)).as("from edge to edge").isEqualTo(grey);
        assertThat(compositor.pixel(19, 5)).isEqualTo(grey);
        assertThat(compositor.pixel(10, 4)).as("one pixel wide").isEqualTo(0xff000000);
    }

    @Test
    void a_symbol_stamped_into_a_moving_frame_is_blended_by_its_transparency_and_clipped() {
        WritableImage symbol = new WritableImage(2, 1);
        symbol.getPixelWriter().setArgb(0, 0, 0xffffffff);
        symbol.getPixelWriter().setArgb(1, 0, 0x80ffffff);
        compositor.begin(4, 2, 0xff000000);

        compositor.stamp().draw(symbol, 0, 0, 2, 1, 2, 1);
        compositor.stamp().draw(symbol, 0, 0, 2, 1, -1, 0);

        assertThat(compositor.pixel(2, 1)).as("opaque pixel copied").isEqualTo(0xffffffff);
        assertThat((compositor.pixel(3, 1) >> 16) & 0xff).as("half-transparent pixel blended").isBetween(120, 135);
        assertThat(compositor.pixel(3, 1) >>> 24).isEqualTo(0xff);
        assertThat((compositor.pixel(0, 0) >> 16) & 0xff).as("the part left of the frame is cut off")
                .isBetween(120, 135);
        assertThat(compositor.pixel(1, 0)).isEqualTo(0xff000000);
    }

    @Test
    void a_thick_line_is_two_pixels_wide_and_a_line_outside_the_frame_draws_nothing() {
        compositor.begin(10, 10, 0xff000000);
        AreaPainter.Pen pen = compositor.pen();
        pen.begin(Color.WHITE, 2.4);
        pen.moveTo(3, -50);
        pen.lineTo(3, 50);
        pen.moveTo(-5, -5);
        pen.lineTo(-5, 20);
        pen.end();

        assertThat(compositor.pixel(3, 0)).isEqualTo(0xffffffff);
        assertThat(compositor.pixel(4, 9)).isEqualTo(0xffffffff);
        assertThat(compositor.pixel(2, 5)).isEqualTo(0xff000000);
        assertThat(compositor.pixel(0, 5)).isEqualTo(0xff000000);
    }
}
