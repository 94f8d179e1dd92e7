package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.geo.crs.ChinaOffsets;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.SqlAreaLocator;
import org.gridcommand.domain.time.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator imports 12345 hotline exports as real cities write them. */
class TicketImportTest {
    static final Path NYC = Path.of("src/test/resources/real/nyc_311_sample_2010s.csv");

    @TempDir
    Path dir;
    SmallCity city;
    TicketImportService imports;
    EventService events;

    @BeforeEach
    void open() {
        city = SmallCity.onH2(dir);
        imports = new TicketImportService(city.db, city.clock);
        events = new EventService(city.db, city.clock, new SqlAreaLocator(city.db), WorkingCalendar.standard());
    }

    @AfterEach
    void close() {
        city.close();
    }

    static Path resource(String name) throws Exception {
        return Path.of(Objects.requireNonNull(TicketImportTest.class.getResource("/intake/" + name)).toURI());
    }

    /** A GBK export with Chinese categories, BD-09 points, quoted commas and newlines, mixed dates, bad rows. */
    Path gbkExport() throws Exception {
        return gbkExport(dir);
    }

    static Path gbkExport(Path dir) throws Exception {
        double[] m1 = ChinaOffsets.wgs84ToBd09(SmallCity.IN_M1[0], SmallCity.IN_M1[1]);
        double[] g2 = ChinaOffsets.wgs84ToBd09(SmallCity.IN_G2[0], SmallCity.IN_G2[1]);
        double[] far = ChinaOffsets.wgs84ToBd09(SmallCity.OUTSIDE[0], SmallCity.OUTSIDE[1]);
        String csv = "工单编号,受理时间,诉求分类,诉求标题,诉求内容,处理要求,事发地址,来电人,经度,纬度\n"
                + "RX001,2026/11/20 9:05,占道经营,东湖路占道,\"早市摊贩占道，\"\"堵路\"\"\n第二行说明\",尽快,东湖路1号,张先生,"
                + m1[0] + "," + m1[1] + "\n"
                + "RX002,2026年11月21日 14:30:00,违章搭建,屋顶加层,楼顶违建,,和平路8号,李女士," + g2[0] + "," + g2[1] + "\n"
                + "RX003,2026-11-22,\"道路破损, 坑洼\",路面坑洼,人行道坑洼,,幸福里,,,\n"
                + "RX004,2026-11-22T08:00:00+08:00,噪音扰民,夜间施工,夜间施工噪音,,工地,,\"\",\n"
                + "RX005,昨天下午,占道经营,摊贩,摊贩,,,,,\n"
                + "RX006,1795312800000,占道经营,外地来电,外地占道,,浦东,," + far[0] + "," + far[1] + "\n"
                + ",2026/11/20 9:05,占道经营,无编号,无编号,,,,,\n"
                + "RX001,2026/11/20 9:05,占道经营,重复来电,重复,,,,,\n";
        Path file = dir.resolve("hotline-gbk.csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));
        return file;
    }

    @Test
    void a_gbk_export_with_baidu_points_lands_every_ticket_where_it_belongs_and_reports_each_row() throws Exception {
        TicketMapping mapping = TicketMappingFile.read(resource("hotline-gbk-mapping.yaml"));
        TicketImportReport r = imports.importFile(gbkExport(), mapping, TicketImportOptions.defaults());

        assertThat(r.rows()).isEqualTo(8);
        assertThat(r.imported()).isEqualTo(5);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.triage()).isEqualTo(1);
        assertThat(r.unmappedCategories()).containsEntry("噪音扰民", 1);
        assertThat(r.noCoordinates()).isEqualTo(2);
        assertThat(r.outsideGrids()).isEqualTo(1);
        assertThat(r.rejected()).extracting(TicketImportReport.RejectedRow::row).containsExactly(5, 7);
        assertThat(TicketWords.ENGLISH.say(r.rejected().get(0).reason())).contains("昨天下午");

        Event stall = byTicket("RX001");
        assertThat(stall.getMicroGridId()).isEqualTo(city.m1);
        assertThat(stall.getCommunityId()).isEqualTo(city.xingfu);
        assertThat(stall.getState()).isEqualTo(EventState.REGISTERED);
        assertThat(stall.getDescription()).isEqualTo("早市摊贩占道，\"堵路\"\n第二行说明；尽快");
        assertThat(stall.getReporter()).isEqualTo("张先生");
        assertThat(byTicket("RX003").getPlacement()).isEqualTo(Placement.NO_COORDINATES);
        assertThat(byTicket("RX003").getCategoryId()).isNotNull();
        assertThat(byTicket("RX004").getState()).isEqualTo(EventState.REPORTED);
        assertThat(byTicket("RX006").getPlacement()).isEqualTo(Placement.OUTSIDE_GRIDS);
        assertThat(events.history(stall.getId())).extracting(EventTransition::getStep)
                .containsExactly(EventStep.REPORT, EventStep.REGISTER);
        assertThat(events.countdown(stall)).isNotNull();
    }

    @Test
    void re_importing_the_same_file_creates_nothing_twice() throws Exception {
        TicketMapping mapping = TicketMappingFile.read(resource("hotline-gbk-mapping.yaml"));
        Path file = gbkExport();
        TicketImportReport first = imports.importFile(file, mapping, TicketImportOptions.defaults());
        long after = city.count("event");

        TicketImportReport again = imports.importFile(file, mapping, TicketImportOptions.defaults());

        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(first.imported() + first.duplicates());
        assertThat(city.count("event")).isEqualTo(after);
    }

    @Test
    void a_crash_at_row_four_leaves_none_of_the_file_in_the_database() throws Exception {
        TicketMapping mapping = TicketMappingFile.read(resource("hotline-gbk-mapping.yaml"));
        long before = city.count("event");
        long historyBefore = city.count("event_transition");

        assertThatThrownBy(() -> imports.importFile(gbkExport(), mapping, new TicketImportOptions(true, row -> {
            if (row == 4) {
                throw new IllegalStateException("power cut at row 4");
            }
        }))).hasMessageContaining("power cut");

        assertThat(city.count("event")).isEqualTo(before);
        assertThat(city.count("event_transition")).isEqualTo(historyBefore);
        // and the same file imports whole afterwards
        assertThat(imports.importFile(gbkExport(), mapping, TicketImportOptions.defaults()).imported()).isEqualTo(5);
    }

    @Test
    void the_real_nyc_311_export_imports_with_its_old_layout_and_state_plane_fallback() throws Exception {
        TicketMapping mapping = TicketMappingFile.read(resource("nyc311-mapping.json"));
        TicketImportReport r = imports.importFile(NYC, mapping, TicketImportOptions.defaults());

        assertThat(r.rows()).isEqualTo(199);
        assertThat(r.imported() + r.duplicates() + r.rejected().size()).isEqualTo(199);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.imported()).isEqualTo(199);
        assertThat(r.noCoordinates()).isEqualTo(6);
        assertThat(r.outsideGrids() + r.noCoordinates()).isLessThan(199);
        assertThat(r.triage()).isEqualTo(199 - 13 - 16 - count(mapping, "Street Condition"));
        Event first = byTicket("26589651");
        assertThat(first.getGridId()).isEqualTo(city.queens);
        // 10/31/2013 02:08:41 AM in New York is 06:08:41 UTC
        assertThat(first.getReportedAt()).hasToString("2013-10-31T06:08:41Z");
        assertThat(first.getTitle()).isEqualTo("Noise - Street/Sidewalk - Loud Talking");

        assertThat(imports.importFile(NYC, mapping, TicketImportOptions.defaults()).imported()).isZero();
    }

    @Test
    void a_json_export_with_gcj02_points_and_epoch_times_is_read_from_its_records_path() throws Exception {
        double[] m1 = ChinaOffsets.wgs84ToGcj02(SmallCity.IN_M1[0], SmallCity.IN_M1[1]);
        Files.writeString(dir.resolve("tickets.json"), "{\"total\":2,\"data\":{\"items\":["
                + "{\"id\":\"J-1\",\"time\":1795312800000,\"type\":\"违章搭建\",\"content\":\"阳台外扩\","
                + "\"geo\":{\"lng\":" + m1[0] + ",\"lat\":" + m1[1] + "}},"
                + "{\"id\":\"J-2\",\"time\":\"2026-11-22 08:30\",\"type\":\"其他\",\"content\":\"咨询\",\"geo\":null}"
                + "]}}", StandardCharsets.UTF_8);
        TicketMapping mapping = TicketMappingFile.parse("{\"records\":\"data.items\",\"coordinate_system\":\"GCJ02\","
                + "\"columns\":{\"external_id\":\"id\",\"created_at\":\"time\",\"category\":\"type\","
                + "\"description\":\"content\",\"longitude\":\"geo.lng\",\"latitude\":\"geo.lat\"},"
                + "\"categories\":{\"违章搭建\":\"010102\"}}", false, "inline");

        TicketImportReport r = imports.importFile(dir.resolve("tickets.json"), mapping,
                new TicketImportOptions(true, null));

        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.dispatched()).isEqualTo(1);
        Event building = byTicket("J-1");
        assertThat(building.getMicroGridId()).isEqualTo(city.m1);
        // 难事 → the category's district department, dispatched by rule with its history line
        assertThat(building.getState()).isEqualTo(EventState.DISPATCHED);
        assertThat(building.getLeadUnitId()).isEqualTo(city.chengguan);
        assertThat(events.history(building.getId())).extracting(EventTransition::getStep)
                .containsExactly(EventStep.REPORT, EventStep.REGISTER, EventStep.DISPATCH);
        assertThat(byTicket("J-2").getState()).isEqualTo(EventState.REPORTED);
    }

    @Test
    void a_gbk_file_declared_as_utf8_is_refused_whole_with_the_fix() throws Exception {
        TicketMapping gbk = TicketMappingFile.read(resource("hotline-gbk-mapping.yaml"));
        TicketMapping utf8 = new TicketMapping(gbk.channel(), null, ',', gbk.zone(), null, gbk.externalId(),
                gbk.createdAt(), gbk.datePatterns(), gbk.category(), gbk.categories(), gbk.title(),
                gbk.description(), gbk.address(), gbk.reporter(), gbk.longitude(), gbk.latitude(), "BD09",
                null, null, null);
        Path file = gbkExport();

        assertThatThrownBy(() -> imports.importFile(file, utf8, TicketImportOptions.defaults()))
                .isInstanceOf(TicketFileException.class).hasMessageContaining("GBK");
        assertThat(city.count("event")).isZero();
    }

    @Test
    void a_mapping_naming_a_column_the_file_lacks_is_refused_before_anything_is_written() throws Exception {
        TicketMapping mapping = TicketMappingFile.parse("{\"columns\":{\"external_id\":\"工单号\","
                + "\"created_at\":\"受理时间\",\"description\":\"诉求内容\"},\"encoding\":\"GBK\"}", false, "inline");
        Path file = gbkExport();
        assertThatThrownBy(() -> imports.importFile(file, mapping, TicketImportOptions.defaults()))
                .isInstanceOf(TicketFileException.class).hasMessageContaining("工单号");
    }

    private static int count(TicketMapping m, String type) throws Exception {
        return (int) Files.readAllLines(NYC).stream().filter(l -> l.contains("," + type + ",")).count();
    }

    private Event byTicket(String ticket) {
        return city.db.transact(s -> s.createSelectionQuery("from Event e where e.externalId = :x", Event.class)
                .setParameter("x", ticket).getSingleResult());
    }
}
