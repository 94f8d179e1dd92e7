package org.gridcommand.geo.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/** Irregular micro-grids that tile a city-sized square like real ones, some with a hole (a pond). */
final class VoronoiCity {
    private VoronoiCity() {
    }

    static List<Area> cells(int n, long seed) {
        Random random = new Random(seed);
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(new Coordinate(121.40 + random.nextDouble() * 0.1, 31.20 + random.nextDouble() * 0.08));
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Geometry clip = Wgs84.FACTORY.toGeometry(new Envelope(121.40, 121.50, 31.20, 31.28));
        builder.setClipEnvelope(clip.getEnvelopeInternal());
        Geometry diagram = builder.getDiagram(Wgs84.FACTORY);
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i).intersection(clip);
            if (i % 10 == 0) {
                // a pond in every tenth grid: points in it belong to no grid
                cell = cell.difference(cell.getInteriorPoint().buffer(0.0008, 6));
            }
            if (cell instanceof Polygon && !cell.isEmpty()) {
                areas.add(new Area(i + 1, AreaLevel.MICRO_GRID, "M" + i, "微网格" + i, null, 60, cell));
            }
        }
        return areas;
    }
}
