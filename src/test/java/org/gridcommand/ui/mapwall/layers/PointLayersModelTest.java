package org.gridcommand.ui.mapwall.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.layers.PointLayersModel.ChoroplethMeasure;
import org.junit.jupiter.api.Test;

class PointLayersModelTest {
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private final PointLayersModel model = new PointLayersModel(Clock.fixed(NOW, ZoneOffset.UTC),
            new BackgroundTasks(Runnable::run, Runnable::run));

    private static EventPin pin(long id, EventState state, Duration dueIn, long gridId) {
        Instant start = NOW.minus(Duration.ofHours(10));
        return new EventPin(id, "E-" + id, "t", state, Urgency.NORMAL, 120, 30, null, start, start,
                dueIn == null ? null : NOW.plus(dueIn), 10 * gridId, gridId, 1000L, 2000L);
    }

    private static MapPoints with(EventPin... pins) {
        MapPoints e = MapPoints.empty();
        return new MapPoints(List.of(), List.of(), List.of(pins), List.of(), List.of(), List.of(), List.of(),
                e.history());
    }

    @Test
    void a_new_event_pulses_until_the_officer_looks_at_it_even_across_a_reload() {
        EventPin fresh = pin(1, EventState.REPORTED, null, 1);
        model.setPoints(with(fresh));
        assertThat(model.pulses(fresh)).isTrue();
        model.selectedProperty().set(fresh);
        assertThat(model.pulses(fresh)).isFalse();
        model.setPoints(with(pin(1, EventState.REPORTED, null, 1)));
        assertThat(model.pulses(model.pointsProperty().get().events().get(0))).isFalse();
        assertThat(model.selectedProperty().get()).isEqualTo(model.pointsProperty().get().events().get(0));
    }

    @Test
    void an_event_is_ranked_fine_near_due_or_overdue_against_the_console_clock() {
        assertThat(PointLayersModel.eventRank(pin(1, EventState.DISPATCHED, Duration.ofHours(5), 1), NOW)).isZero();
        assertThat(PointLayersModel.eventRank(pin(2, EventState.DISPATCHED, Duration.ofMinutes(30), 1), NOW))
                .isEqualTo(1);
        assertThat(PointLayersModel.eventRank(pin(3, EventState.DISPATCHED, Duration.ofMinutes(-5), 1), NOW))
                .isEqualTo(2);
        assertThat(PointLayersModel.eventRank(pin(4, EventState.REPORTED, null, 1), NOW)).isZero();
    }

    @Test
    void areas_are_coloured_by_their_open_or_overdue_events_at_every_level() {
        model.setPoints(with(pin(1, EventState.DISPATCHED, Duration.ofHours(5), 7),
                pin(2, EventState.DISPATCHED, Duration.ofHours(-1), 7), pin(3, EventState.HANDLED, null, 8)));
        PointLayersModel.Projection p = model.projection();
        assertThat(p.count(7, ChoroplethMeasure.OPEN)).isEqualTo(2);
        assertThat(p.count(7, ChoroplethMeasure.OVERDUE)).isEqualTo(1);
        assertThat(p.count(70, ChoroplethMeasure.OPEN)).isEqualTo(2);
        assertThat(p.count(1000, ChoroplethMeasure.OPEN)).isEqualTo(3);
        assertThat(p.count(8, ChoroplethMeasure.OVERDUE)).isZero();
        assertThat(p.count(99, ChoroplethMeasure.OPEN)).isZero();
    }

    @Test
    void every_change_of_what_is_drawn_asks_for_a_redraw() {
        long v0 = model.contentVersionProperty().get();
        model.visibleProperty(PointLayerKind.CAMERAS).set(false);
        model.heatWindowProperty().set(HeatWindow.YEAR);
        model.choroplethMeasureProperty().set(ChoroplethMeasure.OVERDUE);
        assertThat(model.contentVersionProperty().get()).isGreaterThanOrEqualTo(v0 + 3);
    }

    @Test
    void a_countdown_badge_reads_in_minutes_hours_or_days() {
        PointPainter painter = new PointPainter(new Messages(Locale.SIMPLIFIED_CHINESE)
                .forFeature("org.gridcommand.ui.mapwall.layers.messages"));
        assertThat(painter.badge(Duration.ofMinutes(45))).isEqualTo("剩45分");
        assertThat(painter.badge(Duration.ofHours(-3))).isEqualTo("超3时");
        assertThat(painter.badge(Duration.ofDays(3))).isEqualTo("剩3天");
    }
}
