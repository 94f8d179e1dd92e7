package org.gridcommand.demo;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/** Finds the micro-grid a generated point lies in (cameras, sensors, warehouses are placed by position). */
final class MicroGridLocator {
    private final STRtree index = new STRtree();

    MicroGridLocator(List<DemoArea> microGrids) {
        for (DemoArea m : microGrids) {
            index.insert(m.boundary.getEnvelopeInternal(), m);
        }
        index.build();
    }

    /** The micro-grid containing {@code c} (on a border: one of its neighbours), or null outside the district. */
    DemoArea locate(Coordinate c) {
        @SuppressWarnings("unchecked")
        List<DemoArea> candidates = index.query(new Envelope(c));
        DemoArea best = null;
        for (DemoArea m : candidates) {
            if (new IndexedPointInAreaLocator(m.boundary).locate(c) != Location.EXTERIOR
                    && (best == null || m.id < best.id)) {
                best = m;
            }
        }
        return best;
    }
}
