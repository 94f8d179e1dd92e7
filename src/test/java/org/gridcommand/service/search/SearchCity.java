package org.gridcommand.service.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.Camera;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A small city in a real database for search and map tests: one district, one street, two communities side by
 * side, each with four grids in a 2×2 block (grid codes S1C1G1…S1C2G4), two cameras and two events.
 * Everything lies in lon 120.10–120.14, lat 30.20–30.22.
 */
public final class SearchCity {
    public static final double WEST = 120.10;
    public static final double SOUTH = 30.20;
    public static final double STEP = 0.01;

    private SearchCity() {
    }

    /** Writes the city into {@code db} and returns its areas. */
    public static List<Area> persist(Database db) {
        List<Area> areas = new ArrayList<>();
        Area district = new Area(db.ids().next(), AreaLevel.DISTRICT, "D1", "样板区", null, 0, box(0, 0, 4, 2));
        Area street = new Area(db.ids().next(), AreaLevel.STREET, "S1", "河东街道", district.getId(), 0,
                box(0, 0, 4, 2));
        areas.add(district);
        areas.add(street);
        String[] names = {"和平社区", "光明社区"};
        for (int c = 0; c < 2; c++) {
            Area community = new Area(db.ids().next(), AreaLevel.COMMUNITY, "S1C" + (c + 1), names[c],
                    street.getId(), 0, box(2 * c, 0, 2 * c + 2, 2));
            areas.add(community);
            int g = 1;
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 2; x++) {
                    areas.add(new Area(db.ids().next(), AreaLevel.GRID, "S1C" + (c + 1) + "G" + g,
                            names[c] + "0" + g + "网格", community.getId(), 400, box(2 * c + x, y, 2 * c + x + 1,
                            y + 1)));
                    g++;
                }
            }
        }
        Instant when = Instant.parse("2026-11-24T02:00:00Z");
        db.transact(s -> {
            areas.forEach(s::persist);
            s.persist(new Camera(db.ids().next(), "CAM-00042", "和平路口监控", Wgs84.point(120.105, 30.205),
                    null, true, false, null));
            s.persist(new Camera(db.ids().next(), "CAM-00043", "光明桥监控", Wgs84.point(120.135, 30.215),
                    null, false, false, null));
            s.persist(new Event(db.ids().next(), "MH2026112400007", "井盖缺失", null, Channel.GRID_WORKER, null,
                    Urgency.URGENT, Wgs84.point(120.125, 30.215), "河东街道光明社区文三路8号", when));
            s.persist(new Event(db.ids().next(), "MH2026112400008", "占道经营", null, Channel.HOTLINE, null,
                    Urgency.NORMAL, Wgs84.point(120.115, 30.205), "河东街道和平社区解放路12号", when));
            return null;
        });
        return List.copyOf(areas);
    }

    /** A box of whole steps from the city's south-west corner. */
    public static Geometry box(int x0, int y0, int x1, int y1) {
        double w = WEST + x0 * STEP;
        double e = WEST + x1 * STEP;
        double s = SOUTH + y0 * STEP;
        double n = SOUTH + y1 * STEP;
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s),
            new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }
}
