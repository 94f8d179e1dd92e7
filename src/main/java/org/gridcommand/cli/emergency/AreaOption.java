package org.gridcommand.cli.emergency;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.emergency.ActivationService;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import picocli.CommandLine.Option;

/** The affected area on the command line: exactly one of --grid, --circle, --polygon. */
final class AreaOption {
    @Option(names = "--grid", paramLabel = "CODE[,CODE…]", split = ",",
            description = "Whole grids or communities by code")
    List<String> grids;

    @Option(names = "--circle", paramLabel = "LAT,LON,METERS", description = "A circle, e.g. 31.23,121.47,2000")
    String circle;

    @Option(names = "--polygon", paramLabel = "WKT", description = "A WGS84 polygon as WKT (lon lat order)")
    String polygon;

    /** @throws IllegalArgumentException with a message that says what is wrong with the input */
    AffectedArea toArea(ActivationService activations) {
        if (grids != null) {
            return new AffectedArea.Areas(activations.areaIdsByCode(grids));
        }
        if (circle != null) {
            String[] parts = circle.split(",");
            if (parts.length != 3) {
                throw new IllegalArgumentException("--circle takes LAT,LON,METERS, e.g. 31.23,121.47,2000; got '"
                        + circle + "'");
            }
            double[] v;
            try {
                v = Arrays.stream(parts).mapToDouble(p -> Double.parseDouble(p.strip())).toArray();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--circle takes three numbers LAT,LON,METERS; got '" + circle + "'");
            }
            return new AffectedArea.Circle(v[1], v[0], v[2]);
        }
        Geometry g;
        try {
            g = new WKTReader(Wgs84.FACTORY).read(polygon);
        } catch (ParseException e) {
            throw new IllegalArgumentException("--polygon is not valid WKT (" + e.getMessage() + "); e.g. "
                    + "POLYGON((121.46 31.22, 121.48 31.22, 121.48 31.24, 121.46 31.22))");
        }
        if (g.getDimension() != 2) {
            throw new IllegalArgumentException("--polygon must be a POLYGON or MULTIPOLYGON, not "
                    + g.getGeometryType().toUpperCase(Locale.ROOT));
        }
        return new AffectedArea.Polygon(g);
    }
}
