package org.gridcommand.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private SearchService search;
    private List<Area> areas;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.h2(dir));
        areas = SearchCity.persist(db);
        search = new SearchService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_grid_code_finds_that_grid_first_with_a_place_inside_it() {
        List<SearchHit> hits = search.search("s1c2g3", 10);
        assertThat(hits).isNotEmpty();
        SearchHit first = hits.get(0);
        assertThat(first.kind()).isEqualTo(SearchHit.Kind.AREA);
        assertThat(first.code()).isEqualTo("S1C2G3");
        assertThat(first.level()).isEqualTo(AreaLevel.GRID);
        Area grid = areas.stream().filter(a -> a.getCode().equals("S1C2G3")).findFirst().orElseThrow();
        assertThat(grid.getBoundary().contains(Wgs84.point(first.lon(), first.lat()))).isTrue();
    }

    @Test
    void a_community_name_finds_the_community_before_its_grids() {
        List<SearchHit> hits = search.search("光明社区", 10);
        assertThat(hits).extracting(SearchHit::code).startsWith("S1C2").contains("S1C2G1", "S1C2G4");
        assertThat(hits.get(0).level()).isEqualTo(AreaLevel.COMMUNITY);
    }

    @Test
    void cameras_by_code_and_events_by_number_or_address() {
        assertThat(search.search("cam-00043", 5)).extracting(SearchHit::kind, SearchHit::title)
                .containsExactly(Tuple.tuple(SearchHit.Kind.CAMERA, "光明桥监控"));
        assertThat(search.search("MH2026112400007", 5)).extracting(SearchHit::title).containsExactly("井盖缺失");
        assertThat(search.search("mh20261124", 5)).hasSize(2);
        List<SearchHit> byAddress = search.search("解放路", 5);
        assertThat(byAddress).extracting(SearchHit::code).containsExactly("MH2026112400008");
        assertThat(byAddress.get(0).lon()).isEqualTo(120.115);
    }

    @Test
    void an_event_reported_without_coordinates_is_found_by_its_number_with_no_place_to_fly_to() {
        db.transact(s -> {
            s.persist(new Event(db.ids().next(), "MH2026112400009", "噪音扰民", null, Channel.HOTLINE, null,
                    Urgency.NORMAL, null, "解放路 12 号楼下", Instant.parse("2026-11-24T03:00:00Z")));
            return null;
        });

        List<SearchHit> hits = search.search("mh2026112400009", 5);

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchHit.Kind.EVENT);
            assertThat(h.title()).isEqualTo("噪音扰民");
            assertThat(h.hasPlace()).isFalse();
        });
        assertThat(search.search("mh2026112400007", 5).get(0).hasPlace()).isTrue();
    }

    @Test
    void one_character_or_wildcards_find_nothing_rather_than_everything() {
        assertThat(search.search("S", 10)).isEmpty();
        assertThat(search.search("%%", 10)).isEmpty();
        assertThat(search.search("__", 10)).isEmpty();
    }

    @Test
    void the_database_locates_places_like_the_in_memory_index_including_shared_edges_and_outside() {
        double[] lons = {120.105, 120.11, 120.125, 120.14, 120.20, 120.135};
        double[] lats = {30.205, 30.205, 30.215, 30.22, 30.20, 30.21};
        long[] bySql = search.areaIdsAt(lons, lats, AreaLevel.GRID);
        AreaIndex index = new AreaIndex(areas);
        for (int i = 0; i < lons.length; i++) {
            Area a = index.locateOrNull(lons[i], lats[i], AreaLevel.GRID);
            assertThat(bySql[i]).as("place %d", i).isEqualTo(a == null ? 0 : a.getId());
        }
        assertThat(bySql[4]).isZero();
    }
}
