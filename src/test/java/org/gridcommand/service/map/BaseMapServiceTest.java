package org.gridcommand.service.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;

class BaseMapServiceTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_base_map_is_read_back_with_geometries_in_id_order(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            db.transact(s -> {
                s.persist(new BaseMapFeature(20, MapFeatureKind.LABEL, "人民公园", 14, Wgs84.point(120.2, 30.3)));
                s.persist(new BaseMapFeature(10, MapFeatureKind.ROAD_MAJOR, "解放路", 10,
                        Wgs84.FACTORY.createLineString(new Coordinate[] {new Coordinate(120.1, 30.2),
                            new Coordinate(120.3, 30.2)})));
                return null;
            });

            List<BaseMapFeature> features = new BaseMapService(db).features();

            assertThat(features).extracting(BaseMapFeature::getName).containsExactly("解放路", "人民公园");
            assertThat(features.get(1).getMinZoom()).isEqualTo(14);
            assertThat(features.get(0).getGeometry().getSRID()).isEqualTo(4326);
            assertThat(features.get(0).getGeometry().getLength()).isEqualTo(0.2, Offset.offset(1e-9));
        }
    }
}
