package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.tiles.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FramingTest {
    @Test
    void an_area_fills_85_percent_of_the_tighter_side_around_its_projected_centre() {
        Envelope area = new Envelope(120.10, 120.30, 30.20, 30.35);
        Framing f = Framing.fit(area, 1600, 1000);
        double scale = WebMercator.scale(f.zoom());
        double w = (WebMercator.worldX(120.30) - WebMercator.worldX(120.10)) * scale;
        double h = (WebMercator.worldY(30.20) - WebMercator.worldY(30.35)) * scale;
        assertThat(Math.max(w / 1600, h / 1000)).isCloseTo(Framing.FILL, within(1e-9));
        assertThat(WebMercator.worldY(f.centerLat()))
                .isCloseTo((WebMercator.worldY(30.20) + WebMercator.worldY(30.35)) / 2, within(1e-9));
        assertThat(f.centerLon()).isCloseTo(120.20, within(1e-9));
    }

    @Test
    void a_point_does_not_ask_for_an_infinite_zoom() {
        assertThat(Framing.fit(new Envelope(120.2, 120.2, 30.3, 30.3), 800, 600).zoom()).isEqualTo(Framing.MAX_ZOOM);
    }

    @Test
    void the_drawn_level_follows_the_zoom_and_switches_with_the_tiles() {
        assertThat(DrawnLevels.at(10)).isEqualTo(AreaLevel.STREET);
        assertThat(DrawnLevels.at(12.7)).isEqualTo(AreaLevel.STREET);
        assertThat(DrawnLevels.at(12.8)).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(DrawnLevels.at(15)).isEqualTo(AreaLevel.GRID);
        assertThat(DrawnLevels.at(17)).isEqualTo(AreaLevel.MICRO_GRID);
        var all = EnumSet.allOf(AreaLevel.class);
        assertThat(DrawnLevels.clickable(15, all, l -> l != AreaLevel.GRID)).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(DrawnLevels.clickable(15, all, l -> false)).isNull();
        // an imported city with only grids shows its grids at every zoom
        var gridsOnly = EnumSet.of(AreaLevel.GRID);
        assertThat(DrawnLevels.at(10, gridsOnly)).isEqualTo(AreaLevel.GRID);
        assertThat(DrawnLevels.at(18, gridsOnly)).isEqualTo(AreaLevel.GRID);
        assertThat(DrawnLevels.at(10, EnumSet.of(AreaLevel.DISTRICT, AreaLevel.COMMUNITY)))
                .isEqualTo(AreaLevel.COMMUNITY);
    }
}
