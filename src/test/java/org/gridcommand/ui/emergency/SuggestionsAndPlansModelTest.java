package org.gridcommand.ui.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.emergency.PlanLibrary.LevelText;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.resources.StockWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trigger suggestions with the flood replay, and the plan library, as view-models on real H2. */
class SuggestionsAndPlansModelTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private FloodScenario.TestClock clock;
    private Backend backend;
    private Messages messages;
    private final BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run);

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        db.transact(s -> {
            s.persist(new Sensor(db.ids().next(), "WL-1", "明湖江1号水位站", SensorKind.WATER_LEVEL,
                    Wgs84.point(FloodScenario.LON, FloodScenario.LAT + 0.002), null, "m", 4.0, 4.5));
            return null;
        });
        clock = new FloodScenario.TestClock();
        backend = SignedIn.commander(db, clock);
        messages = new Messages(Locale.SIMPLIFIED_CHINESE).forFeature("org.gridcommand.ui.emergency.messages");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void replaying_the_flood_raises_a_suggestion_with_its_evidence() {
        SuggestionsModel model = new SuggestionsModel(backend, inline, messages, clock, 0);
        model.refresh();
        assertThat(model.suggestions()).isEmpty();

        model.replayFlood();

        assertThat(model.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.planCode()).isEqualTo("FLOOD-01");
            assertThat(s.level()).isEqualTo(ResponseLevel.I);
            assertThat(s.evidence()).contains("WL-1");
        });
        assertThat(model.messageProperty().get()).contains("回放完毕");
        assertThat(model.checkedAtProperty().get()).isEqualTo(clock.instant());
    }

    private PlanLibraryModel library(String lang) {
        Messages console = new Messages(Messages.localeFor(lang));
        Messages words = console.forFeature("org.gridcommand.ui.emergency.messages");
        return new PlanLibraryModel(backend, inline, words, new PlanText(words, new StockWords(console)));
    }

    @Test
    void the_plan_library_lists_plans_shows_levels_in_chinese_words_and_saves_an_edit_as_revision_two() {
        PlanLibraryModel model = library("zh");
        model.load();
        assertThat(model.plans()).singleElement().satisfies(p -> assertThat(p.getCode()).isEqualTo("FLOOD-01"));

        model.select(model.plans().get(0));
        assertThat(model.levels()).extracting(LevelText::level).containsExactly(ResponseLevel.I, ResponseLevel.III);
        LevelText one = model.levels().get(0);
        assertThat(one.trigger()).isEqualTo("水位 >= 4.5 持续 30m\n事件 类别=C0101 >= 5 时段 60m 半径 1000m");
        assertThat(one.actions()).isEqualTo("社区|组织低洼区群众转移\n区级部门|调度泵站全力排涝\nWB001|发布水情通报");
        assertThat(one.needs()).isEqualTo("物资|沙袋|5000\n物资|水泵|12\n队伍|防汛抢险|60\n专家|水利|2");

        List<LevelText> edited = new ArrayList<>(model.levels());
        edited.set(1, new LevelText(ResponseLevel.III, "水位 >= 4.1", "社区|巡查易涝点\n指挥中心|发布预警",
                "物资|编织袋|300\n队伍|防汛抢险|20"));
        model.saveRevision(edited);

        assertThat(model.selectedProperty().get().getRevision()).isEqualTo(2);
        assertThat(model.messageProperty().get()).contains("第 2 版");
        LevelText stored = backend.planLibrary().levels(model.selectedProperty().get().getId()).get(1);
        assertThat(stored.trigger()).isEqualTo("WATER_LEVEL >= 4.1");
        assertThat(stored.actions()).isEqualTo("COMMUNITY|巡查易涝点\nCOMMAND_CENTER|发布预警");
        assertThat(stored.needs()).isEqualTo("ITEM|WOVEN_BAG|300\nTEAM|防汛抢险|20");
        assertThat(model.levels()).extracting(LevelText::trigger).contains("水位 >= 4.1");
    }

    @Test
    void an_english_console_shows_the_plan_in_english_words_and_stores_the_same_codes() {
        PlanLibraryModel model = library("en");
        model.load();
        model.select(model.plans().get(0));
        LevelText one = model.levels().get(0);
        assertThat(one.trigger()).isEqualTo("water-level >= 4.5 for 30m\nevents category=C0101 >= 5 within 60m "
                + "radius 1000m");
        assertThat(one.actions()).startsWith("community|组织低洼区群众转移\ndistrict department|");
        assertThat(one.needs()).isEqualTo("supply|sandbags|5000\nsupply|pumps|12\nteam|flood fighting|60\n"
                + "expert|water resources|2");

        // an English edit, with one line pasted from a Chinese console and one written in codes
        List<LevelText> edited = new ArrayList<>(model.levels());
        edited.set(0, new LevelText(ResponseLevel.I, one.trigger(), one.actions(),
                "supply|sandbags|6000\n物资|水泵|12\nTEAM|防汛抢险|60\nexpert|geology|1"));
        model.saveRevision(edited);

        assertThat(model.messageProperty().get()).startsWith("Saved FLOOD-01 rev. 2");
        LevelText stored = backend.planLibrary().levels(model.selectedProperty().get().getId()).get(0);
        assertThat(stored.trigger()).isEqualTo("WATER_LEVEL >= 4.5 FOR 30m\n"
                + "EVENTS category=C0101 >= 5 WITHIN 60m RADIUS 1000m");
        assertThat(stored.actions()).startsWith("COMMUNITY|组织低洼区群众转移\nDISTRICT_DEPARTMENT|");
        assertThat(stored.needs()).isEqualTo("ITEM|SANDBAG|6000\nITEM|PUMP|12\nTEAM|防汛抢险|60\nEXPERT|地质|1");
    }

    @Test
    void an_edit_that_does_not_parse_is_refused_naming_the_line_and_nothing_is_saved() {
        PlanLibraryModel model = library("zh");
        model.load();
        model.select(model.plans().get(0));
        List<LevelText> edited = new ArrayList<>(model.levels());
        edited.set(0, new LevelText(ResponseLevel.I, "事件 很多", null, null));

        model.saveRevision(edited);

        assertThat(model.messageProperty().get()).isEqualTo("未保存：触发条件中这一项读不懂：“事件 很多”。请改正后再保存。");
        assertThat(model.selectedProperty().get().getRevision()).isEqualTo(1);

        PlanLibraryModel english = library("en");
        english.load();
        english.select(english.plans().get(0));
        List<LevelText> badNeeds = new ArrayList<>(english.levels());
        badNeeds.set(1, new LevelText(ResponseLevel.III, null, null, "supply|sandbags|lots"));
        english.saveRevision(badNeeds);
        assertThat(english.messageProperty().get()).isEqualTo("Not saved: this entry of the needs cannot be read: "
                + "\"supply · sandbags · lots\". Please correct it and save again.");
        assertThat(backend.planLibrary().currentPlans()).singleElement()
                .satisfies(p -> assertThat(p.getRevision()).isEqualTo(1));
    }

    @Test
    void a_supply_is_found_by_the_citys_own_name_and_one_nobody_stocks_is_refused_by_name() {
        PlanLibraryModel model = library("zh");
        model.load();
        model.select(model.plans().get(0));
        List<LevelText> edited = new ArrayList<>(model.levels());
        edited.set(1, new LevelText(ResponseLevel.III, "水位 >= 3.8", "社区|巡查易涝点", "物资|排涝泵|4"));
        model.saveRevision(edited);
        assertThat(backend.planLibrary().levels(model.selectedProperty().get().getId()).get(1).needs())
                .as("排涝泵 is what this city calls its pumps").isEqualTo("ITEM|PUMP|4");

        edited = new ArrayList<>(model.levels());
        edited.set(1, new LevelText(ResponseLevel.III, "水位 >= 3.8", "社区|巡查易涝点", "物资|防汛编织袋|300"));
        model.saveRevision(edited);
        assertThat(model.messageProperty().get()).isEqualTo("未保存：资源需求中的物资“防汛编织袋”既不是已知的物资名称，"
                + "也没有仓库存放。请用仓库里的物资名称（如 沙袋）。");
        assertThat(model.selectedProperty().get().getRevision()).isEqualTo(2);
    }
}
