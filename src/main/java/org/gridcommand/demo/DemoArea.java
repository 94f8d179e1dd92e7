package org.gridcommand.demo;

import org.gridcommand.domain.area.AreaLevel;
import org.locationtech.jts.geom.Polygon;

/** One generated area before it is written: the district, a street, community, grid or micro-grid. */
final class DemoArea {
    final long id;
    final AreaLevel level;
    final String code;
    final String name;
    final DemoArea parent;
    final Polygon boundary;
    /** Summed up from the micro-grids once they exist. */
    int households;

    DemoArea(long id, AreaLevel level, String code, String name, DemoArea parent, Polygon boundary) {
        this.id = id;
        this.level = level;
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.boundary = boundary;
    }

    /** The ancestor at {@code wanted} level (or this area itself when it is at that level). */
    DemoArea at(AreaLevel wanted) {
        DemoArea a = this;
        while (a != null && a.level != wanted) {
            a = a.parent;
        }
        return a;
    }

    boolean isTown() {
        return at(AreaLevel.STREET).name.endsWith("镇");
    }
}
