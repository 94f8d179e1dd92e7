package org.gridcommand.ui.emergency;

import java.util.List;
import org.gridcommand.domain.emergency.LineKind;
import org.locationtech.jts.geom.Geometry;

/**
 * What the activation overlay draws: the affected area's outline, its centre, and a line from the centre to each
 * warehouse, team and expert on the board (dashed while only proposed).
 */
record MapPicture(Geometry area, double centreLon, double centreLat, List<Pin> pins, boolean committed) {
    MapPicture {
        pins = List.copyOf(pins);
    }

    record Pin(LineKind kind, double lon, double lat) {
    }

    static MapPicture of(Geometry area, double centreLon, double centreLat, List<BoardLine> lines,
                         boolean committed) {
        return new MapPicture(area, centreLon, centreLat, lines.stream()
                .filter(l -> l.kind() != LineKind.TASK && !Double.isNaN(l.lon()))
                .map(l -> new Pin(l.kind(), l.lon(), l.lat())).distinct().toList(), committed);
    }
}
