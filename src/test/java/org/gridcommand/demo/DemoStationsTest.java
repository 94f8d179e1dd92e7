package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.map.MapPointsService;
import org.gridcommand.service.search.SearchService;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo city has a service centre in every community and a grid station for every three to five grids, each
 * where the map would find it: inside the area it serves.
 */
class DemoStationsTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    private record Station(long id, StationKind kind, long areaId, long parentOfArea, double lon, double lat) {
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void every_community_has_its_service_centre_and_a_grid_station_for_every_three_to_five_grids(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            new DemoCityService(db, DemoCityFullScaleTest.CLOCK).create(11L, DemoScale.SMALL, DemoProgress.NONE);
            List<Station> stations = stations(db);
            Map<Long, Long> gridsPerCommunity = new HashMap<>();
            DemoCityChecks.grouped(db, "SELECT parent_id, COUNT(*) FROM area WHERE level = 'GRID' GROUP BY parent_id")
                    .forEach((k, v) -> gridsPerCommunity.put(Long.parseLong(k), v));
            long communities = DemoCityChecks.count(db, "SELECT COUNT(*) FROM area WHERE level = 'COMMUNITY'");

            List<Station> centres = stations.stream().filter(s -> s.kind() == StationKind.SERVICE_CENTER).toList();
            assertThat(centres).hasSize((int) communities);
            assertThat(centres.stream().map(Station::areaId).distinct()).hasSize((int) communities);
            Map<Long, Integer> gridStations = new HashMap<>();
            stations.stream().filter(s -> s.kind() == StationKind.GRID_STATION)
                    .forEach(s -> gridStations.merge(s.parentOfArea(), 1, Integer::sum));
            assertThat(gridStations.keySet()).containsExactlyInAnyOrderElementsOf(gridsPerCommunity.keySet());
            gridsPerCommunity.forEach((community, grids) -> {
                int n = gridStations.get(community);
                if (grids < 3) {
                    assertThat(n).as("a community of %d grids", grids).isEqualTo(1);
                } else {
                    assertThat(grids).as("grids per station in community %d", community)
                            .isBetween(3L * n, 5L * n);
                }
            });

            SearchService search = new SearchService(db);
            assertLocatedInto(search, centres, AreaLevel.COMMUNITY);
            assertLocatedInto(search, stations.stream().filter(s -> s.kind() == StationKind.GRID_STATION).toList(),
                    AreaLevel.GRID);
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_map_wall_gets_every_station_with_the_name_of_the_area_it_serves(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            new DemoCityService(db, DemoCityFullScaleTest.CLOCK).create(11L, DemoScale.SMALL, DemoProgress.NONE);

            MapPoints points = new MapPointsService(db, Clock.fixed(DemoCityFullScaleTest.CLOCK.instant(),
                    DemoCityFullScaleTest.CLOCK.getZone())).load();

            assertThat(points.stations()).hasSize((int) DemoCityChecks.count(db,
                    "SELECT COUNT(*) FROM service_station"));
            assertThat(points.stations()).extracting(MapPoints.StationPoint::kind)
                    .contains(StationKind.SERVICE_CENTER, StationKind.GRID_STATION);
            assertThat(points.stations()).allSatisfy(s -> {
                assertThat(s.areaName()).isNotBlank();
                assertThat(s.phone()).startsWith("0571-");
                assertThat(s.openingHours()).isNotBlank();
                assertThat(s.staffCount()).isPositive();
            });
            assertThat(points.stations()).filteredOn(s -> s.kind() == StationKind.SERVICE_CENTER)
                    .allSatisfy(s -> assertThat(s.name()).startsWith(s.areaName()).endsWith("服务中心"));
        }
    }

    /** Each station lies in the area it serves, as the database's own spatial index locates it. */
    private static void assertLocatedInto(SearchService search, List<Station> stations, AreaLevel level) {
        double[] lons = stations.stream().mapToDouble(Station::lon).toArray();
        double[] lats = stations.stream().mapToDouble(Station::lat).toArray();
        long[] located = search.areaIdsAt(lons, lats, level);
        for (int i = 0; i < stations.size(); i++) {
            assertThat(located[i]).as("station %d located at %s level", stations.get(i).id(), level)
                    .isEqualTo(stations.get(i).areaId());
        }
    }

    private static List<Station> stations(Database db) {
        return db.withConnection(c -> {
            List<Station> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT st.id, st.kind, st.area_id,"
                    + " a.parent_id, ST_X(st.location), ST_Y(st.location) FROM service_station st"
                    + " JOIN area a ON a.id = st.area_id ORDER BY st.id")) {
                while (r.next()) {
                    out.add(new Station(r.getLong(1), StationKind.valueOf(r.getString(2)), r.getLong(3),
                            r.getLong(4), r.getDouble(5), r.getDouble(6)));
                }
            }
            return out;
        });
    }
}
