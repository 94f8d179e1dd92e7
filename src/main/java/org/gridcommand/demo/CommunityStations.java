package org.gridcommand.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The places residents and grid workers go to: one service centre per community (党群服务中心 in a street's
 * community, 社区服务中心 in a town's village) and a grid station (网格工作站) for every three to five of its grids.
 * Each sits at the interior point of one of its area's micro-grids: inside its area, well away from the edges (so
 * it locates into that area), and not on top of the warehouse at the community's own interior point.
 */
final class CommunityStations {
    private static final String CENTRE_HOURS = "周一至周日 8:30–17:30";
    private static final String STATION_HOURS = "周一至周五 8:30–17:30，节假日轮值";

    private final SplittableRandom random;
    private final LongSupplier ids;
    private final PersonNames phones;

    CommunityStations(SplittableRandom random, LongSupplier ids) {
        this.random = random;
        this.ids = ids;
        this.phones = new PersonNames(random);
    }

    /** Writes the stations of every community. */
    void write(BulkWriter writer, AreaHierarchy areas) {
        BulkTable table = writer.table("service_station", Set.of("location"), "id", "code", "name", "kind",
                "area_id", "location", "address", "phone", "opening_hours", "staff_count");
        Map<DemoArea, List<DemoArea>> grids = children(areas.grids);
        Map<DemoArea, List<DemoArea>> micros = children(areas.microGrids);
        for (DemoArea community : areas.communities) {
            List<DemoArea> own = grids.getOrDefault(community, List.of());
            // the centre stands in one of the community's micro-grids, its grid stations in others
            List<DemoArea> communityMicros = new ArrayList<>();
            own.forEach(g -> communityMicros.addAll(micros.getOrDefault(g, List.of())));
            DemoArea centreAt = communityMicros.isEmpty() ? community
                    : communityMicros.get(random.nextInt(communityMicros.size()));
            String centreName = community.name + (community.isTown() ? "社区服务中心" : "党群服务中心");
            table.insert(ids.getAsLong(), "SC-" + community.code, centreName, StationKind.SERVICE_CENTER,
                    community.id, pointIn(centreAt), address(community), phones.office(), CENTRE_HOURS,
                    8 + random.nextInt(13));
            int first = 0;
            for (int number = 1; first < own.size(); number++) {
                int size = groupSize(own.size() - first);
                DemoArea home = own.get(first + random.nextInt(size));
                List<DemoArea> free = new ArrayList<>(micros.getOrDefault(home, List.of()));
                free.remove(centreAt);
                DemoArea at = free.isEmpty() ? home : free.get(random.nextInt(free.size()));
                table.insert(ids.getAsLong(), "GS-" + home.code, community.name + "第" + number + "网格工作站",
                        StationKind.GRID_STATION, home.id, pointIn(at), address(community), phones.office(),
                        STATION_HOURS, 2 + random.nextInt(5));
                first += size;
            }
        }
    }

    /** Three to five grids per station, never leaving fewer than three for the next (unless none). */
    private int groupSize(int left) {
        if (left <= 5) {
            return left;
        }
        int size = 3 + random.nextInt(3);
        return left - size < 3 ? left - 3 : size;
    }

    private static Point pointIn(DemoArea area) {
        Coordinate c = area.boundary.getInteriorPoint().getCoordinate();
        return Wgs84.point(c.x, c.y);
    }

    private String address(DemoArea community) {
        return PlaceNames.DISTRICT + community.at(AreaLevel.STREET).name + community.name + (1 + random.nextInt(200))
                + "号";
    }

    private static Map<DemoArea, List<DemoArea>> children(List<DemoArea> areas) {
        Map<DemoArea, List<DemoArea>> out = new LinkedHashMap<>();
        for (DemoArea a : areas) {
            out.computeIfAbsent(a.parent, k -> new ArrayList<>()).add(a);
        }
        return out;
    }
}
