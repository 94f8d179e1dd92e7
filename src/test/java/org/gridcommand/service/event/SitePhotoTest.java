package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.service.event.queue.EventAttachments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 处理反馈 and 核查通过 need words, and a photo where the 事项 says so (道路破损 here). */
class SitePhotoTest {
    static final SitePhoto PHOTO = new SitePhoto("修复后.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1});

    @TempDir
    Path dir;
    EventStory story;
    EventService events;

    @BeforeEach
    void open() {
        story = EventStory.onH2(dir);
        events = story.events;
    }

    @AfterEach
    void close() {
        story.close();
    }

    @Test
    void a_handling_report_without_words_is_refused_and_changes_nothing() {
        Event e = started("010101");
        assertThatThrownBy(() -> events.feedback(e.getId(), e.getVersion(), "城管局赵敏", " "))
                .satisfies(x -> assertThat(new EventWords(Locale.ENGLISH).refusal(x))
                        .isEqualTo("To report as handled an event, say what was done or found."));
        assertThat(events.find(e.getId()).getState()).isEqualTo(EventState.IN_PROGRESS);
    }

    @Test
    void a_road_repair_is_reported_with_a_photo_stored_in_the_same_step_and_checked_with_another() {
        Event e = started("010103");
        assertThatThrownBy(() -> events.feedback(e.getId(), e.getVersion(), "住建局", "已修补"))
                .satisfies(x -> assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).refusal(x))
                        .isEqualTo("事项“道路破损”的“处理反馈”需要现场照片，请添加照片。"));
        assertThat(new EventAttachments(story.db, story.clock).of(e.getId())).isEmpty();

        Event handled = events.feedback(e.getId(), e.getVersion(), "住建局", "已修补", List.of(PHOTO));

        assertThat(handled.getState()).isEqualTo(EventState.HANDLED);
        assertThat(new EventAttachments(story.db, story.clock).of(e.getId()))
                .singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("修复后.jpg"));
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(last(e))).isEqualTo("照片：修复后.jpg；已修补");
        // the handling report's photo is not the on-site check's: the grid worker brings their own
        assertThatThrownBy(() -> events.verify(e.getId(), handled.getVersion(), "网格员王芳", "路面平整"))
                .isInstanceOf(ActionRefusedException.class);
        story.clock.advance(Duration.ofMinutes(20));
        new EventAttachments(story.db, story.clock).attach(e.getId(), "核查.png", "image/png", new byte[] {1, 2},
                "网格员王芳");
        assertThat(events.verify(e.getId(), handled.getVersion(), "网格员王芳", "路面平整").getState())
                .isEqualTo(EventState.VERIFIED);
    }

    @Test
    void a_step_the_state_does_not_allow_is_refused_as_such_not_as_a_missing_photo() {
        Event e = story.dispatchedEvent("010103");
        assertThatThrownBy(() -> events.feedback(e.getId(), e.getVersion(), "住建局", "已修补"))
                .satisfies(x -> assertThat(new EventWords(Locale.ENGLISH).refusal(x))
                        .startsWith("Cannot report as handled an event that is dispatched"));
    }

    private Event started(String category) {
        Event e = story.dispatchedEvent(category);
        e = events.accept(e.getId(), e.getVersion(), "承办人", null);
        return events.start(e.getId(), e.getVersion(), "承办人", null);
    }

    private EventTransition last(Event e) {
        List<EventTransition> h = events.history(e.getId());
        return h.get(h.size() - 1);
    }
}
