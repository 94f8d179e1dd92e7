package org.gridcommand.ui.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.gridcommand.service.event.EventQueuePage;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.queue.QueueMark;
import org.gridcommand.service.event.queue.QueueWatch;
import org.gridcommand.service.event.queue.UrgentEvent;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * View-model of the open-event queue: the rows of the current filter (most urgent deadline first), the clock the
 * countdowns read, and the urgent events that arrived since the console started and nobody acknowledged yet.
 * {@link #poll()} asks the database for a cheap fingerprint and reads the page again only when it changed, so
 * another console's change appears within one poll. All calls on the FX thread; the database only through
 * {@link BackgroundTasks}.
 */
final class EventQueueModel {
    /** Rows read at once: more than a shift can look at; the rest is reached by filtering. */
    static final int PAGE_SIZE = 500;

    private final EventService events;
    private final QueueWatch watch;
    private final Clock clock;
    private final BackgroundTasks tasks;
    private final OfficerNotices notices;
    private final ObservableList<EventQueueRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<QueueFilter> filter = new SimpleObjectProperty<>(this, "filter", QueueFilter.ALL_OPEN);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Long> firstPageMillis = new ReadOnlyObjectWrapper<>(this, "firstPageMillis");
    private final ObservableList<UrgentEvent> unacknowledged = FXCollections.observableArrayList();
    private final BooleanProperty alerting = new SimpleBooleanProperty(this, "alerting");
    /** Urgent open events already known (seen at start or acknowledged); null until the first look. */
    private Set<Long> knownUrgent;
    private QueueMark lastMark = QueueMark.UNKNOWN;
    private boolean polling;
    /** Bumped by every filter change so that a page read for an older filter is dropped. */
    private long generation;

    EventQueueModel(EventService events, QueueWatch watch, Clock clock, BackgroundTasks tasks,
                    OfficerNotices notices) {
        this.events = events;
        this.watch = watch;
        this.clock = clock;
        this.tasks = tasks;
        this.notices = notices;
        now.set(clock.instant());
        filter.addListener((o, old, f) -> refresh());
        unacknowledged.addListener((ListChangeListener<UrgentEvent>) c ->
                alerting.set(!unacknowledged.isEmpty()));
    }

    ObservableList<EventQueueRow> rows() {
        return rows;
    }

    ObjectProperty<QueueFilter> filterProperty() {
        return filter;
    }

    /** Application time, moved by {@link #tick()}: the countdown cells listen to it. */
    ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** True when the filter matches more rows than one page shows. */
    ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How long the first page took from the request to the rows (for the status line and the report). */
    ReadOnlyObjectProperty<Long> firstPageMillisProperty() {
        return firstPageMillis.getReadOnlyProperty();
    }

    /** New urgent events nobody acknowledged yet, newest first. */
    ObservableList<UrgentEvent> unacknowledged() {
        return unacknowledged;
    }

    /** True while there is an unacknowledged urgent event (sound and flashing). */
    BooleanProperty alertingProperty() {
        return alerting;
    }

    void tick() {
        now.set(clock.instant());
    }

    /**
     * Shows the page read while the console was loading, if it is the one the current filter asks for (every open
     * event); otherwise reads it now. The urgent events are looked at either way.
     */
    void start(FirstPage preloaded) {
        if (preloaded == null || !filter.get().equals(QueueFilter.ALL_OPEN)) {
            refresh();
            return;
        }
        lastMark = preloaded.mark();
        show(preloaded.page());
        firstPageMillis.set(0L);
        checkUrgent();
    }

    /** Reads the page of the current filter now (after a filter change, an action, or on request). */
    void refresh() {
        long gen = ++generation;
        QueueFilter f = filter.get();
        long started = System.nanoTime();
        loading.set(true);
        tasks.run(() -> new Read(watch.mark(), events.queue(f.forService(), 0, PAGE_SIZE)), read -> {
            if (gen == generation) {
                loading.set(false);
                lastMark = read.mark();
                show(read.page());
                if (firstPageMillis.get() == null) {
                    firstPageMillis.set((System.nanoTime() - started) / 1_000_000);
                }
            }
        }, failure -> {
            loading.set(false);
            notices.problem(failure);
        });
        checkUrgent();
    }

    /**
     * One poll: the fingerprint, and only when it changed the page and the urgent events. A poll still running
     * makes the next one a no-op, so a slow database is never asked twice at once.
     */
    void poll() {
        if (polling) {
            return;
        }
        polling = true;
        long gen = generation;
        QueueFilter f = filter.get();
        QueueMark seen = lastMark;
        tasks.run(() -> {
            QueueMark mark = watch.mark();
            if (mark.equals(seen)) {
                return new Read(mark, null);
            }
            return new Read(mark, events.queue(f.forService(), 0, PAGE_SIZE));
        }, read -> {
            polling = false;
            if (read.page() != null && gen == generation) {
                lastMark = read.mark();
                show(read.page());
                checkUrgent();
            }
        }, failure -> polling = false);
    }

    /** The officer saw the alarm: stop the sound and the flashing until the next new urgent event. */
    void acknowledge() {
        if (knownUrgent != null) {
            unacknowledged.forEach(u -> knownUrgent.add(u.id()));
        }
        unacknowledged.clear();
    }

    /** These events were answered elsewhere: no alarm for them (before the first look, none alarms anyway). */
    void acknowledge(Collection<Long> eventIds) {
        if (knownUrgent != null) {
            knownUrgent.addAll(eventIds);
        }
        unacknowledged.removeIf(u -> eventIds.contains(u.id()));
    }

    /** The row of {@code eventId} in the current page, or null. */
    EventQueueRow row(long eventId) {
        return rows.stream().filter(r -> r.id() == eventId).findFirst().orElse(null);
    }

    private void checkUrgent() {
        tasks.run(watch::openUrgent, urgent -> {
            if (knownUrgent == null) {
                knownUrgent = new HashSet<>();
                urgent.forEach(u -> knownUrgent.add(u.id()));
                return;
            }
            Set<Long> open = new HashSet<>();
            List<UrgentEvent> arrived = new ArrayList<>();
            for (UrgentEvent u : urgent) {
                open.add(u.id());
                boolean shown = unacknowledged.stream().anyMatch(x -> x.id() == u.id());
                if (!knownUrgent.contains(u.id()) && !shown) {
                    arrived.add(u);
                }
            }
            // an urgent event closed elsewhere needs no alarm any more
            unacknowledged.removeIf(u -> !open.contains(u.id()));
            unacknowledged.addAll(0, arrived);
        }, failure -> { });
    }

    /** Replaces the rows in place where they are the same events, so the table keeps its selection and scroll. */
    private void show(EventQueuePage page) {
        List<EventQueueRow> fresh = page.rows();
        tick();
        more.set(page.hasMore());
        if (sameEvents(fresh)) {
            for (int i = 0; i < fresh.size(); i++) {
                if (!Objects.equals(rows.get(i), fresh.get(i))) {
                    rows.set(i, fresh.get(i));
                }
            }
        } else {
            rows.setAll(fresh);
        }
    }

    private boolean sameEvents(List<EventQueueRow> fresh) {
        if (fresh.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i).id() != rows.get(i).id()) {
                return false;
            }
        }
        return true;
    }

    private record Read(QueueMark mark, EventQueuePage page) {
    }
}
