package org.gridcommand.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcommand.geo.io.ChineseShapefiles.Record.deleted;
import static org.gridcommand.geo.io.ChineseShapefiles.Record.live;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Grid boundaries as a Chinese office's GIS exports them: Chinese field names, deleted records, any code page. */
class ShapefileTest {
    private static final Charset GBK = Charset.forName("GBK");
    /** Four Chinese characters fill 8 of a dBASE name's 10 bytes in GBK; in UTF-8 only three fit. */
    private static final List<String> GBK_FIELDS = List.of("网格编码", "网格名称", "所属社区");
    private static final List<String> UTF8_FIELDS = List.of("网格码", "网格名", "社区");
    private static final List<ChineseShapefiles.Record> GRIDS = List.of(
            live(square(0), "G01", "一号网格", "幸福社区"),
            deleted(square(1), "G02", "二号网格（已撤销）", "幸福社区"),
            live(square(2), "G03", "三号网格", "和平社区"),
            deleted(square(3), "G01", "一号网格（旧边界）", "幸福社区"));

    @TempDir
    Path dir;

    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of("GBK declared nowhere (guessed)", GBK_FIELDS, GBK, 0, null),
                Arguments.of("GBK in a .cpg as 936", GBK_FIELDS, GBK, ChineseShapefiles.LDID_ANSI, "936"),
                Arguments.of("GBK in a .cpg by name", GBK_FIELDS, GBK, 0, "GBK"),
                Arguments.of("GBK in the header's language driver (ArcGIS)", GBK_FIELDS, GBK,
                        ChineseShapefiles.LDID_GBK, null),
                Arguments.of("UTF-8 in a .cpg", UTF8_FIELDS, StandardCharsets.UTF_8, ChineseShapefiles.LDID_ANSI,
                        "UTF-8"),
                Arguments.of("UTF-8 declared nowhere (guessed)", UTF8_FIELDS, StandardCharsets.UTF_8, 0, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void chinese_field_names_read_in_the_declared_or_guessed_code_page_and_deleted_records_are_left_out(
            String how, List<String> fields, Charset charset, int languageDriver, String cpg) throws Exception {
        Path shp = ChineseShapefiles.write(dir.resolve("网格.shp"), fields, GRIDS, charset, languageDriver, cpg);

        Shapefile.Result r = Shapefile.read(shp, null);

        assertThat(r.encoding()).as(how).isEqualTo(charset);
        assertThat(r.features()).extracting(SourceFeature::id).as("record numbers as in the file").containsExactly(
                "#1", "#3");
        assertThat(r.features()).extracting(f -> f.text(fields.get(0))).containsExactly("G01", "G03");
        assertThat(r.features()).extracting(f -> f.text(fields.get(1))).containsExactly("一号网格", "三号网格");
        assertThat(r.features()).extracting(f -> f.text(fields.get(2))).containsExactly("幸福社区", "和平社区");
        assertThat(r.features().get(1).geometry().getEnvelopeInternal().getMinX()).isEqualTo(120.02);
    }

    @Test
    void an_encoding_given_by_the_administrator_wins_over_the_files_own_declaration() throws Exception {
        // a .cpg that lies (a file re-saved in GBK by a tool that left the old .cpg beside it)
        Path shp = ChineseShapefiles.write(dir.resolve("g.shp"), GBK_FIELDS, GRIDS, GBK, 0, "UTF-8");

        Shapefile.Result r = Shapefile.read(shp, GBK);

        assertThat(r.features()).extracting(f -> f.text("网格编码")).containsExactly("G01", "G03");
    }

    @Test
    void a_wide_remarks_field_does_not_make_a_utf8_file_look_like_gbk() throws Exception {
        // field lengths of 128 and more are bytes that are not UTF-8; only names and text may decide
        String remark = "边界于2025年调整；".repeat(10);
        Path shp = ChineseShapefiles.write(dir.resolve("w.shp"), List.of("code", "remarks"),
                List.of(live(square(0), "G01", remark), live(square(1), "G02", "")), StandardCharsets.UTF_8, 0, null);

        Shapefile.Result r = Shapefile.read(shp, null);

        assertThat(r.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.features().get(0).text("remarks")).isEqualTo(remark.strip());
    }

    @Test
    void a_file_whose_every_record_was_deleted_has_no_features() throws Exception {
        Path shp = ChineseShapefiles.write(dir.resolve("empty.shp"), GBK_FIELDS,
                List.of(deleted(square(0), "G01", "一号网格", "幸福社区")), GBK, ChineseShapefiles.LDID_GBK, null);

        assertThat(Shapefile.read(shp, null).features()).isEmpty();
    }

    /** A 0.01° square, the {@code i}-th from the west, in Hangzhou. */
    private static String square(int i) {
        double w = 120.0 + 0.01 * i;
        double e = w + 0.01;
        return "POLYGON((" + w + " 30, " + w + " 30.01, " + e + " 30.01, " + e + " 30, " + w + " 30))";
    }
}
