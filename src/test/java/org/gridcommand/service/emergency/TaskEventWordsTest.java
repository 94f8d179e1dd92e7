package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events an activation raises for its tasks are titled by the system, not by a reporter: each console words
 * them in its own language ("【FLOOD-01 III级响应】…" on a Chinese console, "[FLOOD-01 level III response] …" on an
 * English one), while the task line itself — the city's plan, in the city's words — is shown as written.
 */
class TaskEventWordsTest {
    @TempDir
    Path dir;

    private Database db;
    private EventService events;
    private List<Long> taskEvents;

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        FloodScenario town = FloodScenario.create(db);
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        events = new EventService(db, clock);
        Backend backend = SignedIn.commander(db, clock);
        ActivationService activations = backend.activations();
        Proposal p = activations.propose(town.planId, ResponseLevel.III,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1500));
        long activation = activations.commit(p, p.request(), Adjustments.none(), "指挥长王");
        taskEvents = backend.activationTasks().raiseEvents(activation, "指挥长王");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_task_event_reads_in_the_consoles_language_in_the_queue_and_in_its_detail() {
        assertThat(taskEvents).isNotEmpty();
        EventWords zh = new EventWords(Locale.SIMPLIFIED_CHINESE);
        EventWords en = new EventWords(Locale.ENGLISH);
        for (long id : taskEvents) {
            Event e = events.find(id);
            EventQueueRow row = events.summary(id);
            String task = task(zh.title(e));

            assertThat(zh.title(row.title(), row.wording())).isEqualTo("【FLOOD-01 III级响应】" + task);
            assertThat(en.title(row.title(), row.wording())).isEqualTo("[FLOOD-01 level III response] " + task);
            assertThat(en.title(e)).isEqualTo(en.title(row.title(), row.wording()));
            assertThat(en.title(e).replace(task, "")).as("the console's own words are English")
                    .doesNotContainPattern("\\p{IsHan}");
            assertThat(en.description(e)).startsWith("Plan ").contains("), task: " + task + "; area: ")
                    .endsWith("area: within 1500 m of " + CENTRE);
            assertThat(zh.description(e)).startsWith("预案 ").contains("任务：" + task + "；范围：")
                    .endsWith("以 " + CENTRE + " 为中心半径 1500 米的范围");
            // where it is, shown on its pin and its search hit: the circle's centre, in no language
            assertThat(e.getAddress()).isEqualTo(CENTRE);
            // exports and search keep one rendering, in the city's language
            assertThat(e.getTitle()).isEqualTo(zh.title(e));
        }
    }

    @Test
    void a_reporters_own_title_is_shown_as_written_in_every_language() {
        Event report = events.find(taskEvents.get(0));
        EventWords en = new EventWords(Locale.ENGLISH);

        assertThat(en.title("桥下积水", null)).isEqualTo("桥下积水");
        assertThat(en.title("桥下积水", "{\"key\":\"noSuchWording\",\"args\":[]}")).as("an unknown wording")
                .isEqualTo("桥下积水");
        assertThat(report.getWording()).contains("\"key\":\"activationTask\"");
    }

    private static final String CENTRE = String.format(Locale.ROOT, "%.5f, %.5f", FloodScenario.LAT,
            FloodScenario.LON);

    /** The task line of a Chinese title "【…】unit：task". */
    private static String task(String chineseTitle) {
        return chineseTitle.substring(chineseTitle.indexOf('】') + 1);
    }
}
