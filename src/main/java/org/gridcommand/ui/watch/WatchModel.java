package org.gridcommand.ui.watch;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.shift.DutySign;
import org.gridcommand.domain.shift.DutySlot;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.domain.shift.HandoverItem;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.ShiftPlan;
import org.gridcommand.domain.shift.SwapRequest;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.shift.DutyRoster;
import org.gridcommand.service.shift.DutySignIns;
import org.gridcommand.service.shift.Handovers;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the watch panel (值班): the roster of today and of the month, the signed-in person's 签到/签退, the
 * latest handover with its items, swaps, and the handover log. What may be done is worked out here from the person's
 * roles and the state read last, so that the view never offers an action the services would refuse. All calls on
 * the FX thread; the database only through {@link BackgroundTasks}.
 */
final class WatchModel {
    private final DutyRoster roster;
    private final DutySignIns signs;
    private final Handovers handovers;
    private final Supplier<Optional<Account>> signedIn;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final EventWords words;
    private final ObjectProperty<ShiftPlan> plan = new SimpleObjectProperty<>(this, "plan", new ShiftPlan(List.of()));
    private final ObjectProperty<DutySlot> slot = new SimpleObjectProperty<>(this, "slot");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today");
    private final ObservableList<RosterEntry> month = FXCollections.observableArrayList();
    private final ObjectProperty<DutySign> openSign = new SimpleObjectProperty<>(this, "openSign");
    private final ObjectProperty<Handover> handover = new SimpleObjectProperty<>(this, "handover");
    private final ObservableList<SwapRequest> swaps = FXCollections.observableArrayList();
    private final ObservableList<Handover> log = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty problem = new SimpleBooleanProperty(this, "problem");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final Abilities can = new Abilities();

    WatchModel(DutyRoster roster, DutySignIns signs, Handovers handovers, Supplier<Optional<Account>> signedIn,
               BackgroundTasks tasks, Messages messages) {
        this.roster = roster;
        this.signs = signs;
        this.handovers = handovers;
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.messages = messages;
        this.words = new EventWords(messages.locale());
    }

    /** What the signed-in person may do now; each one a property the view's buttons bind to. */
    static final class Abilities {
        final BooleanProperty signIn = new SimpleBooleanProperty();
        final BooleanProperty signOut = new SimpleBooleanProperty();
        final BooleanProperty prepare = new SimpleBooleanProperty();
        final BooleanProperty acknowledge = new SimpleBooleanProperty();
        final BooleanProperty takeOver = new SimpleBooleanProperty();
        final BooleanProperty override = new SimpleBooleanProperty();
        final BooleanProperty requestSwap = new SimpleBooleanProperty();
        final BooleanProperty decideSwaps = new SimpleBooleanProperty();
    }

    /** Everything read at once, in the background. */
    private record Read(ShiftPlan plan, Optional<DutySlot> slot, LocalDate today, List<RosterEntry> month,
                        Optional<DutySign> openSign, Optional<Handover> handover, List<SwapRequest> swaps) {
    }

    /** Reads the roster, the person's sign-in, the latest handover and the swaps again. */
    void refresh() {
        Optional<String> me = login();
        tasks.run(() -> {
            LocalDate day = roster.today();
            LocalDate first = day.withDayOfMonth(1);
            return new Read(roster.plan(), roster.now(), day, roster.roster(first, first.plusMonths(1).minusDays(1)),
                    me.flatMap(signs::openSignIn), handovers.latest(), roster.pendingSwaps());
        }, read -> {
            plan.set(read.plan());
            slot.set(read.slot().orElse(null));
            today.set(read.today());
            month.setAll(read.month());
            openSign.set(read.openSign().orElse(null));
            handover.set(read.handover().orElse(null));
            swaps.setAll(read.swaps());
            updateAbilities();
        }, this::fail);
    }

    void signIn() {
        act(signs::signIn, s -> say("said.signedIn", shiftName(s.shiftCode()),
                messages.get(s.onRoster() ? "said.onRoster" : "said.offRoster")));
    }

    void signOut() {
        act(signs::signOut, s -> say("said.signedOut", shiftName(s.shiftCode())));
    }

    void prepare() {
        String text = notes.get();
        act(() -> handovers.prepare(text), h -> {
            notes.set("");
            say("said.prepared", h.items().size());
        });
    }

    void acknowledge(HandoverItem item) {
        Handover h = handover.get();
        act(() -> handovers.acknowledge(h.id(), List.of(item.id())), x -> say("said.acknowledged",
                x.unacknowledged()));
    }

    void acknowledgeAll() {
        Handover h = handover.get();
        act(() -> handovers.acknowledgeAll(h.id()), x -> say("said.acknowledged", x.unacknowledged()));
    }

    void takeOver() {
        Handover h = handover.get();
        act(() -> handovers.takeOver(h.id()), x -> say("said.takenOver", x.takenBy()));
    }

    void override() {
        Handover h = handover.get();
        String reason = overrideReason.get();
        act(() -> handovers.override(h.id(), reason), x -> {
            overrideReason.set("");
            say("said.overridden", x.takenBy());
        });
    }

    void requestSwap(RosterEntry entry, String to, String reason) {
        act(() -> roster.requestSwap(entry.date(), entry.shiftCode(), to, reason), r -> say("said.swapAsked", r.to()));
    }

    void decideSwap(SwapRequest r, boolean approve) {
        act(() -> roster.decideSwap(r.id(), approve), x -> say(approve ? "said.swapApproved" : "said.swapRefused",
                x.from(), x.to()));
    }

    /** Searches the handover log; the results replace the list. */
    void search(LocalDate from, LocalDate to, String shiftCode, String officer, String text) {
        tasks.run(() -> handovers.search(from, to, shiftCode, officer, text), found -> {
            log.setAll(found);
            say("said.found", found.size());
        }, this::fail);
    }

    /** Prints a handover as a PDF to {@code file}; said only once the file is written. */
    void print(Handover h, Path file) {
        tasks.run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                handovers.print(h, messages.locale(), out);
            }
            return file;
        }, f -> say("said.printed", f.toString()), this::fail);
    }

    /** The roster entries from today on that list the signed-in person (the shifts they may swap away). */
    List<RosterEntry> myComingShifts() {
        String me = login().orElse("");
        LocalDate day = today.get();
        return month.stream().filter(e -> e.lists(me) && day != null && !e.date().isBefore(day)).toList();
    }

    String shiftName(String code) {
        return plan.get().shift(code).map(s -> s.name()).orElse(code);
    }

    Optional<String> login() {
        return signedIn.get().map(Account::loginName);
    }

    private <T> void act(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            problem.set(false);
            done.accept(result);
            refresh();
        }, failure -> {
            busy.set(false);
            fail(failure);
            refresh();
        });
    }

    private void say(String key, Object... args) {
        problem.set(false);
        message.set(messages.get(key, args));
    }

    private void fail(Throwable failure) {
        String refusal = words.refusal(failure);
        problem.set(true);
        message.set(refusal != null ? refusal : messages.get("said.failed", String.valueOf(failure.getMessage())));
    }

    private void updateAbilities() {
        Optional<Account> a = signedIn.get();
        String me = a.map(Account::loginName).orElse("");
        boolean watch = allows(a, UseCase.WATCH);
        Handover h = handover.get();
        boolean open = h != null && !h.takenOver();
        boolean incoming = open && !h.outgoing().equals(me);
        DutySlot now = slot.get();
        boolean slotTaken = h != null && h.takenOver() && now != null && h.date().equals(now.date())
                && h.shiftCode().equals(now.shift().code());
        can.signIn.set(watch && openSign.get() == null && now != null);
        can.signOut.set(watch && openSign.get() != null);
        can.prepare.set(watch && now != null && !slotTaken);
        can.acknowledge.set(watch && incoming && h.unacknowledged() > 0);
        can.takeOver.set(watch && incoming && h.unacknowledged() == 0);
        can.override.set(allows(a, UseCase.HANDOVER_OVERRIDE) && open);
        can.requestSwap.set(watch && !myComingShifts().isEmpty());
        can.decideSwaps.set(allows(a, UseCase.ROSTER));
    }

    private static boolean allows(Optional<Account> a, UseCase useCase) {
        return a.isPresent() && a.get().roles().stream().anyMatch(useCase::allows);
    }

    Abilities can() {
        return can;
    }

    ObjectProperty<ShiftPlan> planProperty() {
        return plan;
    }

    ObjectProperty<DutySlot> slotProperty() {
        return slot;
    }

    ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    ObservableList<RosterEntry> month() {
        return month;
    }

    ObjectProperty<DutySign> openSignProperty() {
        return openSign;
    }

    ObjectProperty<Handover> handoverProperty() {
        return handover;
    }

    ObservableList<SwapRequest> swaps() {
        return swaps;
    }

    ObservableList<Handover> log() {
        return log;
    }

    StringProperty notesProperty() {
        return notes;
    }

    StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    StringProperty messageProperty() {
        return message;
    }

    BooleanProperty problemProperty() {
        return problem;
    }

    BooleanProperty busyProperty() {
        return busy;
    }
}
