package org.gridcommand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.resource.ServiceStation;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.geo.Wgs84;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Grid stations and service centres are kept with the area they serve, on both databases. */
class ServiceStationStoreTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_service_centre_and_a_grid_station_come_back_as_they_were_stored(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            long community = db.ids().next();
            long grid = db.ids().next();
            long centre = db.ids().next();
            long station = db.ids().next();
            db.transact(s -> {
                s.persist(new Area(community, AreaLevel.COMMUNITY, "330199001001", "文华社区", null, 2400,
                        square(120.0, 30.0, 0.01)));
                s.persist(new Area(grid, AreaLevel.GRID, "33019900100101", "文华社区01网格", community, 420,
                        square(120.0, 30.0, 0.004)));
                s.persist(new ServiceStation(centre, "SC-330199001001", "文华社区党群服务中心",
                        StationKind.SERVICE_CENTER, community, Wgs84.point(120.006, 30.007), "明湖区明湖街道文华社区8号",
                        "0571-86001234", "周一至周日 8:30–17:30", 14));
                s.persist(new ServiceStation(station, "GS-33019900100101", "文华社区第1网格工作站",
                        StationKind.GRID_STATION, grid, Wgs84.point(120.002, 30.001), null, null, null, 3));
                return null;
            });

            List<ServiceStation> read = db.transact(s -> s.createSelectionQuery(
                    "from ServiceStation order by code desc", ServiceStation.class).getResultList());

            assertThat(read).extracting(ServiceStation::getCode)
                    .containsExactly("SC-330199001001", "GS-33019900100101");
            ServiceStation c = read.get(0);
            assertThat(c.getKind()).isEqualTo(StationKind.SERVICE_CENTER);
            assertThat(c.getName()).isEqualTo("文华社区党群服务中心");
            assertThat(c.getAreaId()).isEqualTo(community);
            assertThat(c.getLocation().getCoordinate()).isEqualTo(new Coordinate(120.006, 30.007));
            assertThat(c.getLocation().getSRID()).isEqualTo(Wgs84.SRID);
            assertThat(c.getAddress()).isEqualTo("明湖区明湖街道文华社区8号");
            assertThat(c.getPhone()).isEqualTo("0571-86001234");
            assertThat(c.getOpeningHours()).isEqualTo("周一至周日 8:30–17:30");
            assertThat(c.getStaffCount()).isEqualTo(14);
            ServiceStation g = read.get(1);
            assertThat(g.getKind()).isEqualTo(StationKind.GRID_STATION);
            assertThat(g.getAreaId()).isEqualTo(grid);
            assertThat(g.getOpeningHours()).isNull();
            // and each stands inside the area it serves, by the database's own spatial functions
            long inside = db.transact(s -> s.createSelectionQuery("select count(*) from ServiceStation st, Area a "
                    + "where a.id = st.areaId and st_contains(a.boundary, st.location) = true", Long.class)
                    .getSingleResult());
            assertThat(inside).isEqualTo(2);
        }
    }

    @Test
    void a_database_made_before_stations_existed_opens_with_its_data_and_an_empty_station_table() {
        DatabaseLocation location = TestDatabases.h2(dir);
        // the schema as a duty officer's console left it, one version before the stations
        Flyway.configure().dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").target("6.1")
                .load().migrate();
        Flyway old = Flyway.configure().dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load();
        assertThat(old.info().current().getVersion().getVersion()).isEqualTo("6.1");
        try (var c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO warehouse (id, code, name, location) VALUES (1, 'WH-001', '明湖区应急物资储备中心库',"
                    + " ST_GeomFromText('POINT(120.1 30.2)', 4326))");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        try (Database db = Database.open(location)) {
            assertThat(count(db, "SELECT COUNT(*) FROM warehouse")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM service_station")).isZero();
            List<ServiceStation> stations = db.transact(s -> s.createSelectionQuery("from ServiceStation",
                    ServiceStation.class).getResultList());
            assertThat(stations).isEmpty();
        }
    }

    private static long count(Database db, String sql) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static Polygon square(double lon, double lat, double size) {
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat),
            new Coordinate(lon + size, lat), new Coordinate(lon + size, lat + size), new Coordinate(lon, lat + size),
            new Coordinate(lon, lat)});
    }
}
