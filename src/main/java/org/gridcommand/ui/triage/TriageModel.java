package org.gridcommand.ui.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.triage.AlarmingReport;
import org.gridcommand.domain.triage.TriageSignal;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.triage.ReportDetail;
import org.gridcommand.service.triage.TriageDesk;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * View-model of the triage desk: the reports waiting for registration, the ones the officer chose, the detail of
 * the one in focus, the waiting count and the 特急 reports whose alarm nobody acknowledged. {@link #poll()} reads
 * a cheap signal and the list again only when it changed, so another console's work shows within one poll. All
 * calls on the FX thread; the database only through {@link BackgroundTasks}.
 */
final class TriageModel {
    /** A message for the officer: done, or refused ({@code problem}). */
    record Notice(String text, boolean problem, long serial) {
    }

    private final TriageDesk desk;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final TriageText text;
    private final String actor;
    private final CategoryPickerModel picker = new CategoryPickerModel();
    private final ObservableList<WaitingReport> reports = FXCollections.observableArrayList();
    private final ObservableList<WaitingReport> selected = FXCollections.observableArrayList();
    private final ObjectProperty<ReportDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final LongProperty waiting = new SimpleLongProperty(this, "waiting", -1);
    private final ObservableList<AlarmingReport> alarming = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");
    private Consumer<List<Long>> alarmEnded = ids -> { };
    private long lastFingerprint = TriageSignal.UNKNOWN.fingerprint();
    private boolean polling;
    private long listGeneration;
    private long detailRequest;
    private long serial;
    /** The report last in focus, so that coming back to it from a wider choice keeps the officer's 事项. */
    private long lastFocus = -1;
    /** True while the list is replaced: the table's passing selection changes are not the officer's. */
    private boolean replacing;

    TriageModel(TriageDesk desk, BackgroundTasks tasks, Clock clock, TriageText text, String actor) {
        this.desk = desk;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.actor = actor;
        now.set(clock.instant());
    }

    /** Reads the taxonomy for the picker, and the list and the signal. */
    void start() {
        tasks.run(desk::categories, picker::setFinder, this::problem);
        refresh();
    }

    /** Reads the signal and the list now (after an action, or on request). */
    void refresh() {
        refreshThenFocus(-1);
    }

    /**
     * Reads the list again after an action; when the reports acted on have left it, the officer's focus moves to
     * the report now at {@code row} (the next one down), ready for the next decision.
     */
    void refreshThenFocus(int row) {
        long gen = ++listGeneration;
        tasks.run(() -> new Read(desk.signal(), desk.waiting()), read -> {
            if (gen == listGeneration) {
                show(read);
                if (row >= 0 && selected.isEmpty() && !reports.isEmpty()) {
                    select(List.of(reports.get(Math.min(row, reports.size() - 1))));
                }
            }
        }, this::problem);
    }

    /** One poll: the signal, and the list only when the signal says it changed. Never two at once. */
    void poll() {
        if (polling) {
            return;
        }
        polling = true;
        long seen = lastFingerprint;
        long gen = listGeneration;
        tasks.run(() -> {
            TriageSignal signal = desk.signal();
            return new Read(signal, signal.fingerprint() == seen ? null : desk.waiting());
        }, read -> {
            polling = false;
            if (gen == listGeneration) {
                show(read);
            }
        }, failure -> polling = false);
    }

    void tick() {
        now.set(clock.instant());
    }

    /** The officer's choice in the list (one or several). */
    void select(List<WaitingReport> chosen) {
        if (replacing) {
            return;
        }
        WaitingReport focusBefore = focused();
        selected.setAll(chosen);
        WaitingReport focus = focused();
        if (focus == null) {
            detail.set(null);
            return;
        }
        if (focus.id() != lastFocus) {
            // a report not looked at just before: start from its own suggestion (back to the same one: keep the choice)
            lastFocus = focus.id();
            picker.suggest(focus.suggestion());
        }
        if (focusBefore == null || focusBefore.id() != focus.id()) {
            loadDetail(focus.id());
        }
    }

    /** The one report in focus: the only one chosen, else null. */
    WaitingReport focused() {
        return selected.size() == 1 ? selected.get(0) : null;
    }

    /**
     * The officer at this desk saw the alarm: it stops here and, within a poll, on every other console. Who
     * acknowledged is recorded.
     */
    void acknowledge() {
        List<Long> ids = alarming.stream().map(AlarmingReport::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(() -> desk.acknowledge(ids, actor), done -> {
            info(text.get("acknowledged", text.list(alarming.stream().filter(a -> ids.contains(a.id()))
                    .map(AlarmingReport::number).toList())));
            refresh();
        }, this::problem);
    }

    /** Called with the reports whose alarm ended (acknowledged here or elsewhere, or no longer waiting). */
    void onAlarmEnded(Consumer<List<Long>> listener) {
        this.alarmEnded = listener;
    }

    /** Reads the bytes of an attachment and hands them to {@code show} on the FX thread. */
    void attachment(long attachmentId, Consumer<byte[]> show) {
        tasks.run(() -> desk.attachment(attachmentId), show, failure -> { });
    }

    void info(String message) {
        notice.set(new Notice(message, false, ++serial));
    }

    void problem(Throwable failure) {
        notice.set(new Notice(text.explain(failure), true, ++serial));
    }

    void problem(String message) {
        notice.set(new Notice(message, true, ++serial));
    }

    private void loadDetail(long eventId) {
        long request = ++detailRequest;
        detail.set(null);
        tasks.run(() -> desk.detail(eventId), d -> {
            if (request == detailRequest) {
                detail.set(d);
            }
        }, this::problem);
    }

    private void show(Read read) {
        tick();
        TriageSignal signal = read.signal();
        waiting.set(signal.waiting());
        Set<Long> stillAlarming = new HashSet<>();
        signal.alarming().forEach(a -> stillAlarming.add(a.id()));
        List<Long> ended = alarming.stream().map(AlarmingReport::id).filter(id -> !stillAlarming.contains(id))
                .toList();
        if (!signal.alarming().equals(alarming)) {
            alarming.setAll(signal.alarming());
        }
        if (read.list() != null) {
            lastFingerprint = signal.fingerprint();
            showList(read.list());
        }
        if (!ended.isEmpty()) {
            alarmEnded.accept(ended);
        }
    }

    /** New rows in place; the officer's choice follows the same reports (with their new versions). */
    private void showList(List<WaitingReport> fresh) {
        Map<Long, WaitingReport> byId = new HashMap<>();
        fresh.forEach(r -> byId.put(r.id(), r));
        List<WaitingReport> keep = new ArrayList<>();
        selected.forEach(r -> {
            if (byId.containsKey(r.id())) {
                keep.add(byId.get(r.id()));
            }
        });
        replacing = true;
        try {
            reports.setAll(fresh);
        } finally {
            replacing = false;
        }
        select(keep);
    }

    ObservableList<WaitingReport> reports() { return reports; }
    ObservableList<WaitingReport> selected() { return selected; }
    ObjectProperty<ReportDetail> detailProperty() { return detail; }
    LongProperty waitingProperty() { return waiting; }
    ObservableList<AlarmingReport> alarming() { return alarming; }
    ObjectProperty<Notice> noticeProperty() { return notice; }
    ObjectProperty<Instant> nowProperty() { return now; }
    CategoryPickerModel picker() { return picker; }
    TriageDesk desk() { return desk; }
    BackgroundTasks tasks() { return tasks; }
    TriageText text() { return text; }
    String actor() { return actor; }

    private record Read(TriageSignal signal, List<WaitingReport> list) {
    }
}
