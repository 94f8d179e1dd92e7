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
import org.gridcommand.service.emergency.EmergencyCommand;
import org.gridcommand.service.emergency.EmergencyServices;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.emergency.PlanLibrary.LevelText;
import org.gridcommand.service.event.EventService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
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
    private EmergencyCommand command;
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
        command = new EmergencyCommand(new EmergencyServices(db, clock), new EventService(db, clock), clock);
        messages = new Messages(Locale.SIMPLIFIED_CHINESE).forFeature("org.gridcommand.ui.emergency.messages");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void replaying_the_flood_raises_a_suggestion_with_its_evidence() {
        SuggestionsModel model = new SuggestionsModel(command, inline, messages, clock, 0);
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

    @Test
    void the_plan_library_lists_plans_shows_levels_and_saves_an_edit_as_revision_two() {
        PlanLibraryModel model = new PlanLibraryModel(command, inline, messages);
        model.load();
        assertThat(model.plans()).singleElement().satisfies(p -> assertThat(p.getCode()).isEqualTo("FLOOD-01"));

        model.select(model.plans().get(0));
        assertThat(model.levels()).extracting(LevelText::level).containsExactly(ResponseLevel.I, ResponseLevel.III);
        List<LevelText> edited = new ArrayList<>(model.levels());
        edited.set(1, new LevelText(ResponseLevel.III, "WATER_LEVEL >= 4.1", edited.get(1).actions(),
                edited.get(1).needs()));
        model.saveRevision(edited);

        assertThat(model.selectedProperty().get().getRevision()).isEqualTo(2);
        assertThat(model.levels()).extracting(LevelText::trigger).contains("WATER_LEVEL >= 4.1");
        assertThat(model.messageProperty().get()).contains("第 2 版");
    }

    @Test
    void an_edit_that_does_not_parse_is_refused_with_the_reason() {
        PlanLibraryModel model = new PlanLibraryModel(command, inline, messages);
        model.load();
        model.select(model.plans().get(0));
        List<LevelText> edited = new ArrayList<>(model.levels());
        edited.set(0, new LevelText(ResponseLevel.I, "EVENTS lots", null, null));

        model.saveRevision(edited);

        assertThat(model.messageProperty().get()).startsWith("未保存");
        assertThat(model.selectedProperty().get().getRevision()).isEqualTo(1);
    }
}
