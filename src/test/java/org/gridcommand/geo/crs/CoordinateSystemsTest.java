package org.gridcommand.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.gridcommand.geo.Wgs84;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinateSystemsTest {

    /** Published reference pairs (eviltransform test suite): wgsLat, wgsLng, gcjLat, gcjLng. */
    @ParameterizedTest(name = "{4}")
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215, Shanghai",
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363, Shenzhen",
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657, Beijing"})
    void a_gaode_point_lands_within_a_metre_of_its_wgs84_position(double wLat, double wLon, double gLat, double gLon,
                                                                  String city) {
        double[] wgs = CoordinateSystems.parse("GCJ-02").toWgs84(gLon, gLat);
        assertThat(Wgs84.distanceMeters(wgs[0], wgs[1], wLon, wLat)).as(city).isLessThan(1.0);
        double[] gcj = ChinaOffsets.wgs84ToGcj02(wLon, wLat);
        assertThat(Wgs84.distanceMeters(gcj[0], gcj[1], gLon, gLat)).as(city).isLessThan(0.01);
        assertThat(Wgs84.distanceMeters(gLon, gLat, wLon, wLat)).as("the offset is real").isGreaterThan(100);
    }

    /** Published reference values of the BD-09 formula (wandergis/coordtransform, also used by Hutool's tests). */
    @Test
    void a_baidu_point_converts_exactly_as_the_published_formula_does() {
        double[] bd = ChinaOffsets.gcj02ToBd09(116.404, 39.915);
        assertThat(bd[0]).isCloseTo(116.41036949371029, Offset.offset(1e-12));
        assertThat(bd[1]).isCloseTo(39.92133699351021, Offset.offset(1e-12));
        double[] gcj = ChinaOffsets.bd09ToGcj02(bd[0], bd[1]);
        assertThat(Wgs84.distanceMeters(gcj[0], gcj[1], 116.404, 39.915)).isLessThan(0.001);
    }

    /**
     * Beijing railway station as Gaode (GCJ-02: 39.90245, 116.42703) and Baidu (BD-09: 39.90851, 116.43351) show it.
     */
    @Test
    void a_baidu_point_lands_within_a_metre_of_the_same_place_on_gaode() {
        double[] wgsFromBaidu = CoordinateSystems.parse("BD-09").toWgs84(116.43351, 39.90851);
        double[] wgsFromGaode = CoordinateSystems.parse("GCJ02").toWgs84(116.42703, 39.90245);
        assertThat(Wgs84.distanceMeters(wgsFromBaidu[0], wgsFromBaidu[1], wgsFromGaode[0], wgsFromGaode[1]))
                .isLessThan(1.0);
    }

    @Test
    void the_inverses_round_trip_to_a_millimetre() {
        for (double lon = 73.5; lon < 135; lon += 3.7) {
            for (double lat = 18.2; lat < 53; lat += 2.9) {
                double[] g = ChinaOffsets.wgs84ToGcj02(lon, lat);
                double[] w = ChinaOffsets.gcj02ToWgs84(g[0], g[1]);
                assertThat(Wgs84.distanceMeters(w[0], w[1], lon, lat)).isLessThan(0.001);
                double[] b = ChinaOffsets.wgs84ToBd09(lon, lat);
                double[] w2 = ChinaOffsets.bd09ToWgs84(b[0], b[1]);
                assertThat(Wgs84.distanceMeters(w2[0], w2[1], lon, lat)).isLessThan(0.001);
            }
        }
    }

    @Test
    void a_point_outside_china_is_not_shifted() {
        assertThat(CoordinateSystems.GCJ02.toWgs84(-73.79, 40.70)).containsExactly(-73.79, 40.70);
    }

    @Test
    void a_cgcs2000_gauss_krueger_point_is_unprojected() {
        // EPSG:4527 = CGCS2000 / 3-degree Gauss-Kruger zone 39 (CM 117°E, false easting 39 500 000 m)
        double[] lonLat = CoordinateSystems.parse("EPSG:4527").toWgs84(39_500_000, 3_320_000);
        assertThat(lonLat[0]).isCloseTo(117.0, Offset.offset(1e-9));
        assertThat(lonLat[1]).isBetween(29.9, 30.1);
    }

    @Test
    void state_plane_coordinates_in_a_real_hotline_export_match_its_own_latitude_longitude() throws Exception {
        Path file = Path.of("src/test/resources/real/nyc_311_sample_2010s.csv");
        SourceCrs statePlane = CoordinateSystems.parse("EPSG:2263");
        int checked = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String x = r.get("X Coordinate (State Plane)");
                String lat = r.get("Latitude");
                if (x.isBlank() || lat.isBlank()) {
                    continue;
                }
                double[] p = statePlane.toWgs84(Double.parseDouble(x),
                        Double.parseDouble(r.get("Y Coordinate (State Plane)")));
                assertThat(Wgs84.distanceMeters(p[0], p[1], Double.parseDouble(r.get("Longitude")),
                        Double.parseDouble(lat))).as("row " + r.getRecordNumber()).isLessThan(5.0);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void an_unknown_name_is_refused_with_the_accepted_ones() {
        assertThatThrownBy(() -> CoordinateSystems.parse("Mercator-ish"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GCJ02")
                .hasMessageContaining("EPSG");
    }
}
