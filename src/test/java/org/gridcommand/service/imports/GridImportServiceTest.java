package org.gridcommand.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.FeatureProblem;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.io.ChineseShapefiles.Record;
import org.gridcommand.geo.io.ChineseShapefiles;
import org.gridcommand.geo.io.FeatureFileException;
import org.gridcommand.geo.io.GeoJsonFeatures;
import org.gridcommand.service.imports.GridImportReport.Kind;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.util.GeometryFixer;

class GridImportServiceTest {
    private static final Path PRECINCTS = Path.of("src/test/resources/real/nyc_police_precincts.geojson");

    @TempDir
    Path dir;
    private Database db;
    private GridImportService imports;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.h2(dir));
        imports = new GridImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static GridImportOptions grids(String code, String name, String crs) {
        return new GridImportOptions(AreaLevel.GRID, code, name, null, crs, null);
    }

    @Test
    void real_precinct_boundaries_with_islands_import_and_a_point_locates_into_its_precinct() {
        GridImportReport report = imports.importFile(PRECINCTS, grids("Precinct", null, null));
        assertThat(report.features()).isEqualTo(76);
        assertThat(report.created() + report.rejected()).isEqualTo(76);
        assertThat(report.created()).isGreaterThanOrEqualTo(75);
        // Battery Park is in the 1st precinct; Central Park has its own (22)
        assertThat(codeAt(-74.0159, 40.7033)).isEqualTo("1");
        assertThat(codeAt(-73.9654, 40.7829)).isEqualTo("22");
        long multi = db.transact(s -> s.createSelectionQuery("from Area a", Area.class).getResultList()).stream()
                .filter(a -> a.getBoundary().getNumGeometries() > 1).count();
        assertThat(multi).as("precincts with islands keep every island").isGreaterThan(5);
    }

    @Test
    void importing_the_same_file_again_updates_in_place_and_creates_nothing_twice() {
        GridImportReport first = imports.importFile(PRECINCTS, grids("Precinct", null, null));
        GridImportReport second = imports.importFile(PRECINCTS, grids("Precinct", null, null));
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(first.created());
        assertThat(areaCount()).isEqualTo(first.created());
    }

    @Test
    void a_truncated_file_is_refused_whole_with_where_it_broke_and_nothing_is_written() throws Exception {
        String json = Files.readString(PRECINCTS, StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(broken, grids("Precinct", null, null)))
                .isInstanceOf(FeatureFileException.class).hasMessageContaining("line");
        assertThat(areaCount()).isZero();
    }

    @Test
    void each_bad_feature_is_reported_by_row_and_reason_and_the_good_ones_are_imported() throws Exception {
        Path file = dir.resolve("messy.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"ok","properties":{"code":"G1","name":"一号网格"},
                  "geometry":{"type":"Polygon","coordinates":[[[120,30],[120.01,30],[120.01,30.01],[120,30.01],[120,\
                  30]]]}},
                 {"type":"Feature","id":"bowtie","properties":{"code":"G2","name":"自交网格"},
                  "geometry":{"type":"Polygon","coordinates":[[[120,30],[120.01,30.01],[120.01,30],[120,30.01],[120,\
                  30]]]}},
                 {"type":"Feature","id":"point","properties":{"code":"G3"},"geometry":{"type":"Point",\
                 "coordinates":[120,30]}},
                 {"type":"Feature","id":"nocode","properties":{"name":"无编码"},
                  "geometry":{"type":"Polygon","coordinates":[[[121,30],[121.01,30],[121.01,30.01],[121,30]]]}},
                 {"type":"Feature","id":"again","properties":{"code":"G1"},
                  "geometry":{"type":"Polygon","coordinates":[[[122,30],[122.01,30],[122.01,30.01],[122,30]]]}},
                 {"type":"Feature","id":"projected","properties":{"code":"G4"},
                  "geometry":{"type":"Polygon","coordinates":[[[39500000,3320000],[39500100,3320000],[39500100,\
                  3320100],[39500000,3320000]]]}},
                 {"type":"Feature","id":"nogeom","properties":{"code":"G5"},"geometry":null}
                ]}""", StandardCharsets.UTF_8);
        GridImportReport report = imports.importFile(file, grids("code", "name", null));
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.repaired()).isEqualTo(1);
        assertThat(report.notes()).extracting(GridImportReport.Note::feature, GridImportReport.Note::kind)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("bowtie", Kind.REPAIRED),
                        Tuple.tuple("point", Kind.REJECTED),
                        Tuple.tuple("nocode", Kind.REJECTED),
                        Tuple.tuple("again", Kind.REJECTED),
                        Tuple.tuple("projected", Kind.REJECTED),
                        Tuple.tuple("nogeom", Kind.REJECTED));
        FeatureProblem projected = report.notes().stream().filter(n -> n.feature().equals("projected"))
                .findFirst().orElseThrow().reason();
        assertThat(projected.describe(Locale.ENGLISH)).contains("not longitude/latitude", "--crs");
        assertThat(projected.describe(Locale.SIMPLIFIED_CHINESE)).contains("不是经纬度").doesNotContain("--crs");
    }

    @Test
    void a_gaode_file_is_shifted_onto_wgs84_so_points_fall_in_the_right_grid() throws Exception {
        Path file = dir.resolve("gaode.geojson");
        // a 100 m square drawn on a Gaode map at 30.2741, 120.1551 (GCJ-02)
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"HZ1"},
                 "geometry":{"type":"Polygon","coordinates":[[[120.1546,30.2736],[120.1556,30.2736],[120.1556,30.2746],
                 [120.1546,30.2746],[120.1546,30.2736]]]}}]}""", StandardCharsets.UTF_8);
        imports.importFile(file, grids("code", null, "GCJ02"));
        Area area = db.transact(s -> s.createSelectionQuery("from Area a", Area.class).getSingleResult());
        var c = area.getBoundary().getCentroid();
        double shift = Wgs84.distanceMeters(c.getX(), c.getY(), 120.1551, 30.2741);
        assertThat(shift).as("GCJ-02 is 300-600 m off WGS84 in Hangzhou").isBetween(300.0, 700.0);
    }

    @Test
    void a_real_shapefile_written_by_another_program_imports_like_its_geojson() throws Exception {
        Path shp = dir.resolve("precincts.shp");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:shp;MODE=Regular", "sa", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL "
                    + "FOR \"org.h2gis.functions.factory.H2GISFunctions.load\"");
            st.execute("CALL H2GIS_SPATIAL()");
            st.execute("CREATE TABLE P(THE_GEOM GEOMETRY(MULTIPOLYGON, 4326), PRECINCT INT)");
            try (var insert = c.prepareStatement("INSERT INTO P VALUES (ST_Multi(ST_GeomFromText(?, 4326)), ?)")) {
                for (var f : GeoJsonFeatures.read(PRECINCTS).features()) {
                    // H2 refuses the few degenerate slivers the real file has; the fixed shapes keep every precinct
                    insert.setString(1, GeometryFixer.fix(f.geometry()).toText());
                    insert.setInt(2, Integer.parseInt(f.text("Precinct")));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            st.execute("CALL SHPWRITE('" + shp + "', 'P')");
        }
        GridImportReport report = imports.importFile(shp, new GridImportOptions(AreaLevel.GRID, "PRECINCT", null,
                null, null, null));
        assertThat(report.created()).as(report.notes().subList(0, Math.min(3, report.notes().size())).toString())
                .isGreaterThanOrEqualTo(75);
        assertThat(codeAt(-74.0159, 40.7033)).isEqualTo("1");
    }

    @Test
    void a_gbk_shapefile_imports_by_its_chinese_code_field_and_leaves_its_deleted_records_out() throws Exception {
        // as ArcGIS on a Chinese Windows writes it (GBK, language driver 0x4D, no .cpg), edited since: G02 was
        // withdrawn and G01's old boundary deleted, both still in the files until someone packs them
        Path shp = ChineseShapefiles.write(dir.resolve("网格边界.shp"), List.of("网格编码", "网格名称"), List.of(
                Record.live("POLYGON((120 30, 120 30.01, 120.01 30.01, 120.01 30, 120 30))", "G01", "一号网格"),
                Record.deleted("POLYGON((120.01 30, 120.01 30.01, 120.02 30.01, 120.02 30, 120.01 30))", "G02",
                        "二号网格"),
                Record.live("POLYGON((120.02 30, 120.02 30.01, 120.03 30.01, 120.03 30, 120.02 30))", "G03", "三号网格"),
                Record.deleted("POLYGON((121 31, 121 31.01, 121.01 31.01, 121.01 31, 121 31))", "G01", "一号网格旧界")),
                Charset.forName("GBK"), ChineseShapefiles.LDID_GBK, null);

        GridImportReport report = imports.importFile(shp, grids("网格编码", "网格名称", null));

        assertThat(report.features()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.notes()).extracting(GridImportReport.Note::kind).doesNotContain(Kind.REJECTED);
        assertThat(codeAt(120.005, 30.005)).isEqualTo("G01");
        assertThat(codeAt(120.015, 30.005)).as("a withdrawn grid").isNull();
        assertThat(codeAt(121.005, 31.005)).as("an old boundary").isNull();
        List<Area> areas = db.transact(s -> s.createSelectionQuery("from Area a order by a.code", Area.class)
                .getResultList());
        assertThat(areas).extracting(Area::getName).containsExactly("一号网格", "三号网格");
    }

    @Test
    void grids_find_their_community_by_location_when_the_file_has_no_parent_column() throws Exception {
        Path communities = dir.resolve("c.geojson");
        Files.writeString(communities, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"C1","name":"东湖社区"},
                 "geometry":{"type":"Polygon","coordinates":[[[120,30],[120.02,30],[120.02,30.02],[120,30.02],[120,\
                 30]]]}}]}
                """, StandardCharsets.UTF_8);
        imports.importFile(communities, new GridImportOptions(AreaLevel.COMMUNITY, "code", "name", null, null, null));
        Path grid = dir.resolve("g.geojson");
        Files.writeString(grid, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"G1"},
                 "geometry":{"type":"Polygon","coordinates":[[[120,30],[120.01,30],[120.01,30.01],[120,30.01],[120,\
                 30]]]}}]}
                """, StandardCharsets.UTF_8);
        imports.importFile(grid, grids("code", null, null));
        List<Area> areas = db.transact(s -> s.createSelectionQuery("from Area a order by a.level", Area.class)
                .getResultList());
        assertThat(areas.get(1).getParentId()).isEqualTo(areas.get(0).getId());
    }

    private long areaCount() {
        Long n = db.transact(s -> s.createSelectionQuery("select count(a) from Area a", Long.class).getSingleResult());
        return n;
    }

    private String codeAt(double lon, double lat) {
        return db.transact(s -> s.createSelectionQuery("select a.code from Area a where st_contains(a.boundary, :p)"
                + " = true", String.class).setParameter("p", Wgs84.point(lon, lat)).getResultList())
                .stream().findFirst().orElse(null);
    }
}
