package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An administrator writes the mapping of a city's 12345 export in whatever YAML style she is used to; each one
 * imports the same tickets the same way, and a file with a mistake is refused with the line to look at.
 */
class MappingFileStylesTest {
    @TempDir
    Path dir;
    SmallCity city;
    TicketImportService imports;

    @BeforeEach
    void open() {
        city = SmallCity.onH2(dir);
        imports = new TicketImportService(city.db, city.clock);
    }

    @AfterEach
    void close() {
        city.close();
    }

    static Stream<Arguments> styles() {
        return Stream.of(
                Arguments.of("block list at the key's indent, unquoted codes, comments", """
                        # 12345 热线导出（GBK，百度坐标）
                        encoding: GBK        # 本市导出为 GBK
                        columns:
                          external_id: 工单编号
                          created_at: 受理时间
                          category: 诉求分类
                          title: 诉求标题
                          description:
                          - 诉求内容
                          - 处理要求
                          address: 事发地址   # 可省略
                          reporter: 来电人
                          longitude: 经度
                          latitude: 纬度
                        date_patterns:
                        - yyyy/M/d H:mm
                        - yyyy年M月d日 HH:mm:ss
                        - yyyy-MM-dd
                        coordinate_system: BD09
                        categories:
                          占道经营: 010101
                          违章搭建: 010102
                          "道路破损, 坑洼": 010103
                        """),
                Arguments.of("deeper indents, quoted Chinese keys and values", """
                        encoding: "GBK"
                        coordinate_system: 'BD09'
                        columns:
                            external_id: "工单编号"
                            created_at: '受理时间'
                            category: "诉求分类"
                            title: ["诉求标题"]
                            description:
                                - "诉求内容"
                                - '处理要求'
                            reporter: 来电人
                            longitude: "经度"
                            latitude: "纬度"
                        date_patterns:
                            - "yyyy/M/d H:mm"
                            - 'yyyy年M月d日 HH:mm:ss'
                            - "yyyy-MM-dd"
                        categories:
                            '占道经营': '010101'
                            "违章搭建": "010102"
                            '道路破损, 坑洼': "010103"
                        """),
                Arguments.of("flow style", """
                        {encoding: GBK, coordinate_system: BD09,
                         columns: {external_id: 工单编号, created_at: 受理时间, category: 诉求分类, title: 诉求标题,
                                   description: [诉求内容, 处理要求], reporter: 来电人, longitude: 经度, latitude: 纬度},
                         date_patterns: ["yyyy/M/d H:mm", "yyyy年M月d日 HH:mm:ss", "yyyy-MM-dd"],
                         categories: {占道经营: "010101", 违章搭建: "010102", "道路破损, 坑洼": "010103"}}
                        """),
                Arguments.of("list items that are maps", """
                        encoding: GBK
                        coordinate_system: BD09
                        columns:
                          - external_id: 工单编号
                            created_at: 受理时间
                          - category: 诉求分类
                          - title: 诉求标题
                            description: [诉求内容, 处理要求]
                          - reporter: 来电人
                          - longitude: 经度
                            latitude: 纬度
                        date_patterns: ["yyyy/M/d H:mm", "yyyy年M月d日 HH:mm:ss", "yyyy-MM-dd"]
                        categories:
                          - 占道经营: "010101"
                          - 违章搭建: "010102"
                          - "道路破损, 坑洼": "010103"
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void every_style_of_the_same_mapping_imports_the_export_the_same_way(String style, String yaml) throws Exception {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, yaml, StandardCharsets.UTF_8);

        TicketImportReport r = imports.importFile(TicketImportTest.gbkExport(dir), TicketMappingFile.read(mapping),
                TicketImportOptions.defaults());

        assertThat(r.imported()).as(style).isEqualTo(5);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.triage()).as("only 噪音扰民 is not in the table").isEqualTo(1);
        assertThat(r.unmappedCategories()).containsOnlyKeys("噪音扰民");
        assertThat(r.rejected()).extracting(TicketImportReport.RejectedRow::row).containsExactly(5, 7);
        Event stall = byTicket("RX001");
        assertThat(stall.getState()).isEqualTo(EventState.REGISTERED);
        assertThat(stall.getDescription()).isEqualTo("早市摊贩占道，\"堵路\"\n第二行说明；尽快");
        assertThat(stall.getMicroGridId()).as("BD-09 point converted into its micro-grid").isEqualTo(city.m1);
        assertThat(stall.getReporter()).isEqualTo("张先生");
        assertThat(byTicket("RX003").getCategoryId()).as("the quoted key with a comma").isNotNull();
    }

    @Test
    void a_tab_separated_export_imports_with_a_quoted_tab_as_delimiter() throws Exception {
        Path export = dir.resolve("tickets.tsv");
        Files.writeString(export, "工单编号\t受理时间\t诉求内容\n"
                + "T1\t2026-11-20 09:05\t井盖缺失, 有人摔倒\n"
                + "T2\t2026-11-21 10:00\t路灯不亮\n", StandardCharsets.UTF_8);
        Path mapping = dir.resolve("tsv.yaml");
        Files.writeString(mapping, """
                delimiter: "\\t"
                date_patterns: [yyyy-MM-dd HH:mm]
                columns: {external_id: 工单编号, created_at: 受理时间, description: 诉求内容}
                """, StandardCharsets.UTF_8);

        TicketImportReport r = imports.importFile(export, TicketMappingFile.read(mapping),
                TicketImportOptions.defaults());

        assertThat(r.rejected()).isEmpty();
        assertThat(r.imported()).isEqualTo(2);
        assertThat(byTicket("T1").getDescription()).isEqualTo("井盖缺失, 有人摔倒");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a tab in the indentation", "encoding: GBK\ncolumns:\n  external_id: 工单编号\n"
                        + "\tcreated_at: 受理时间\n", "line 4"),
                Arguments.of("an unquoted comma", "encoding: GBK\ndelimiter: ,\ncolumns:\n  external_id: 工单编号\n",
                        "line 2"),
                Arguments.of("a key out of line", "columns:\n  external_id: 工单编号\n    created_at: 受理时间\n",
                        "line 3"),
                Arguments.of("an unclosed quote", "columns:\n  external_id: 工单编号\n  created_at: \"受理时间\n"
                        + "categories:\n  占道经营: 010101\n", "line 3"),
                Arguments.of("a category given twice", "columns:\n  external_id: 工单编号\n  created_at: 受理时间\n"
                        + "  description: 诉求内容\ncategories:\n  占道经营: 010101\n  违章搭建: 010102\n"
                        + "  占道经营: 010109\n", "line 8"),
                Arguments.of("a map where a column belongs", "columns:\n  external_id: 工单编号\n"
                        + "  created_at: 受理时间\n  description:\n    - 诉求内容: 处理要求\n", "'description'"),
                Arguments.of("a list where one column belongs", "columns:\n  external_id: [工单编号, 编号]\n"
                        + "  created_at: 受理时间\n  description: 诉求内容\n", "'external_id'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void a_mapping_with_a_mistake_is_refused_naming_where_it_is(String mistake, String yaml, String where)
            throws Exception {
        Path mapping = dir.resolve("broken.yaml");
        Files.writeString(mapping, yaml, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TicketMappingFile.read(mapping)).as(mistake)
                .isInstanceOf(TicketMappingException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining(where);
    }

    private Event byTicket(String ticket) {
        return city.db.transact(s -> s.createSelectionQuery("from Event e where e.externalId = :x", Event.class)
                .setParameter("x", ticket).getSingleResult());
    }
}
