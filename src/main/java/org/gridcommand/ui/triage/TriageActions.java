package org.gridcommand.ui.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.triage.CategoryItem;
import org.gridcommand.service.triage.TriageOutcome;

/**
 * What the officer does at the desk — 立案 (one or several), 立案并派遣, 合并, 作废 — and when each is offered: only
 * when the desk can carry it out (a report and a 事项 chosen; for a one-step dispatch, a proposal that names a
 * unit; nothing else running). Every action carries the versions the officer saw; the list is read again either
 * way, and the outcome is said per report.
 */
final class TriageActions {
    /** The report and the 事项 a proposal was worked out for. */
    private record Asked(long eventId, String code) {
    }

    private final TriageModel model;
    private final TriageText text;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
    private final ObjectProperty<DispatchProposal> proposal = new SimpleObjectProperty<>(this, "proposal");
    private final BooleanProperty proposalLoading = new SimpleBooleanProperty(this, "proposalLoading");
    private final BooleanBinding canRegister;
    private final BooleanBinding canRegisterAndDispatch;
    private final BooleanBinding canCancel;
    private final BooleanBinding canMerge;
    private final BooleanBinding canRemember;
    private Asked asked;

    TriageActions(TriageModel model) {
        this.model = model;
        this.text = model.text();
        ObjectProperty<CategoryItem> chosen = model.picker().chosenProperty();
        canRegister = Bindings.createBooleanBinding(() -> !busy.get() && !model.selected().isEmpty()
                && chosen.get() != null, busy, model.selected(), chosen);
        canRegisterAndDispatch = Bindings.createBooleanBinding(() -> !busy.get() && model.focused() != null
                && chosen.get() != null && proposal.get() != null && !proposal.get().isEmpty(),
                busy, model.selected(), chosen, proposal);
        canCancel = Bindings.createBooleanBinding(() -> !busy.get() && !model.selected().isEmpty(),
                busy, model.selected());
        canMerge = Bindings.createBooleanBinding(() -> !busy.get() && model.focused() != null
                && model.detailProperty().get() != null
                && model.detailProperty().get().eventId() == model.focused().id(),
                busy, model.selected(), model.detailProperty());
        canRemember = Bindings.createBooleanBinding(() -> chosen.get() != null
                && model.selected().stream().anyMatch(r -> r.externalCategory() != null),
                chosen, model.selected());
        canRemember.addListener((o, was, can) -> {
            if (!can) {
                remember.set(false);
            }
        });
        model.selected().addListener((ListChangeListener<WaitingReport>) c -> propose());
        chosen.addListener((o, a, item) -> propose());
    }

    /** 立案 of every chosen report as the chosen 事项. */
    void register() {
        CategoryItem item = model.picker().chosenProperty().get();
        List<WaitingReport> reports = List.copyOf(model.selected());
        if (!canRegister.get()) {
            return;
        }
        boolean keep = remember.get();
        act(reports, () -> model.desk().register(reports, item.code(), keep, model.actor()));
    }

    /** 立案 of the report in focus as the chosen 事项, then 派遣 as the proposal shown says. */
    void registerAndDispatch() {
        CategoryItem item = model.picker().chosenProperty().get();
        WaitingReport report = model.focused();
        DispatchProposal seen = proposal.get();
        if (!canRegisterAndDispatch.get()) {
            return;
        }
        boolean keep = remember.get();
        act(List.of(report), () -> model.desk().registerAndDispatch(report, item.code(), seen, keep, model.actor()));
    }

    /** 合并 of the report in focus into {@code into}, with the officer's reason. */
    void merge(DuplicateCandidate into, String reason) {
        WaitingReport report = model.focused();
        if (!canMerge.get() || reason == null || reason.isBlank()) {
            return;
        }
        act(List.of(report), () -> model.desk().merge(report, into, reason, model.actor()), into.number());
    }

    /** 作废 of every chosen report, with the officer's reason. */
    void cancel(String reason) {
        List<WaitingReport> reports = List.copyOf(model.selected());
        if (!canCancel.get() || reason == null || reason.isBlank()) {
            return;
        }
        act(reports, () -> model.desk().cancel(reports, reason, model.actor()));
    }

    private void act(List<WaitingReport> reports, Callable<TriageOutcome> work) {
        act(reports, work, null);
    }

    private void act(List<WaitingReport> reports, Callable<TriageOutcome> work, String mergedInto) {
        int row = model.reports().indexOf(reports.get(0));
        boolean wantedToRemember = remember.get();
        busy.set(true);
        model.tasks().run(work, outcome -> {
            busy.set(false);
            remember.set(false);
            String said = describe(outcome, mergedInto, wantedToRemember);
            if (outcome.refused().isEmpty()) {
                model.info(said);
            } else {
                model.problem(said);
            }
            model.refreshThenFocus(row);
        }, failure -> {
            busy.set(false);
            model.problem(failure);
            model.refresh();
        });
    }

    /** "已立案 3 件；已记住此对应", "SJ…：已被 李娜 于 02:14 作废" — one sentence per kind of result. */
    private String describe(TriageOutcome outcome, String mergedInto, boolean wantedToRemember) {
        List<String> parts = new ArrayList<>();
        List<TriageOutcome.Done> done = outcome.done();
        List<TriageOutcome.Done> dispatched = done.stream().filter(d -> d.step() == TriageOutcome.Step.DISPATCHED)
                .toList();
        dispatched.forEach(d -> parts.add(text.get("outcome.dispatched", d.number(), d.unit())));
        boolean failedDispatch = outcome.refused().stream().anyMatch(r -> r.step() == TriageOutcome.Step.REGISTERED);
        sentence(parts, done, TriageOutcome.Step.REGISTERED, failedDispatch ? null : "outcome.registered",
                "outcome.registeredMany");
        sentence(parts, done, TriageOutcome.Step.CANCELLED, "outcome.cancelled", "outcome.cancelledMany");
        done.stream().filter(d -> d.step() == TriageOutcome.Step.MERGED)
                .forEach(d -> parts.add(text.get("outcome.merged", d.number(), Objects.toString(mergedInto, ""))));
        String said = String.join(text.chinese() ? "；" : "; ", parts);
        if (outcome.remembered()) {
            said += text.get("outcome.remembered");
        } else if (wantedToRemember && !done.isEmpty()) {
            said += text.get("outcome.notRemembered");
        }
        for (TriageOutcome.Refused r : outcome.refused()) {
            String why = text.explain(r.why());
            said += (said.isEmpty() ? "" : "\n") + (r.step() == TriageOutcome.Step.REGISTERED
                    ? text.get("outcome.registeredNotDispatched", r.number(), why)
                    : text.get("outcome.refused", r.number(), why));
        }
        return said;
    }

    private void sentence(List<String> parts, List<TriageOutcome.Done> done, TriageOutcome.Step step, String one,
                          String many) {
        List<TriageOutcome.Done> these = done.stream().filter(d -> d.step() == step).toList();
        if (these.size() == 1 && one != null) {
            parts.add(text.get(one, these.get(0).number()));
        } else if (these.size() > 1) {
            parts.add(text.get(many, these.size()));
        }
    }

    /** Works out who would handle the report in focus as the chosen 事项 (for 立案并派遣). */
    private void propose() {
        WaitingReport focus = model.focused();
        CategoryItem item = model.picker().chosenProperty().get();
        Asked now = focus == null || item == null ? null : new Asked(focus.id(), item.code());
        if (Objects.equals(now, asked)) {
            return;
        }
        asked = now;
        proposal.set(null);
        if (now == null) {
            proposalLoading.set(false);
            return;
        }
        proposalLoading.set(true);
        model.tasks().run(() -> model.desk().proposal(now.eventId(), now.code()), p -> {
            if (now.equals(asked)) {
                proposalLoading.set(false);
                proposal.set(p);
            }
        }, failure -> {
            if (now.equals(asked)) {
                proposalLoading.set(false);
                model.problem(failure);
            }
        });
    }

    BooleanProperty busyProperty() { return busy; }
    BooleanProperty rememberProperty() { return remember; }
    ObjectProperty<DispatchProposal> proposalProperty() { return proposal; }
    BooleanProperty proposalLoadingProperty() { return proposalLoading; }
    BooleanBinding canRegister() { return canRegister; }
    BooleanBinding canRegisterAndDispatch() { return canRegisterAndDispatch; }
    BooleanBinding canCancel() { return canCancel; }
    BooleanBinding canMerge() { return canMerge; }
    BooleanBinding canRemember() { return canRemember; }
}
