package org.gridcommand.ui.triage;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.UnitRef;

/**
 * The triage desk (待立案): the alarm of unacknowledged 特急 reports, the waiting list, the report in focus, the
 * category picker and the actions the desk can carry out now. Binds and forwards; the dialogs that ask why are
 * opened here, the decisions are the view-models'.
 */
final class TriageView extends VBox {
    private final TriageModel model;
    private final TriageActions actions;
    private final TriageText text;
    private final WaitingTable table;
    private final CategoryPickerView picker;
    private final ReportPane report;
    private final Label notice = new Label();
    private final ListChangeListener<WaitingReport> focusChanged;
    private final ChangeListener<Object> detailChanged;

    TriageView(TriageModel model, TriageActions actions, TriageText text) {
        this.model = model;
        this.actions = actions;
        this.text = text;
        getStyleClass().add("triage-desk");
        setSpacing(8);
        setPadding(new Insets(10));

        HBox banner = alarmBanner();
        Label count = new Label();
        count.setId("triage-count");
        count.getStyleClass().add("triage-hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long waiting = model.waitingProperty().get();
            int shown = model.reports().size();
            return waiting > shown ? text.get("list.countMore", shown, waiting) : text.get("list.count",
                    Math.max(0, waiting));
        }, model.waitingProperty(), model.reports()));

        table = new WaitingTable(model, text);
        table.setPrefHeight(230);
        table.setMinHeight(150);
        report = new ReportPane(model, actions, text, this::askMerge);
        picker = new CategoryPickerView(model.picker(), text);

        CheckBox remember = new CheckBox();
        remember.setId("triage-remember");
        remember.setWrapText(true);
        remember.selectedProperty().bindBidirectional(actions.rememberProperty());
        remember.visibleProperty().bind(actions.canRemember());
        remember.managedProperty().bind(remember.visibleProperty());
        remember.textProperty().bind(Bindings.createStringBinding(this::rememberText, model.selected()));

        Label proposal = new Label();
        proposal.setId("triage-proposal");
        proposal.setWrapText(true);
        proposal.getStyleClass().add("triage-proposal");
        proposal.textProperty().bind(Bindings.createStringBinding(this::proposalText, actions.proposalProperty(),
                actions.proposalLoadingProperty(), model.selected(), model.picker().chosenProperty()));

        Button register = new Button();
        register.setId("triage-register");
        register.getStyleClass().add("primary-button");
        register.textProperty().bind(Bindings.createStringBinding(() -> model.selected().size() > 1
                ? text.get("action.registerMany", model.selected().size()) : text.get("action.register"),
                model.selected()));
        register.disableProperty().bind(actions.canRegister().not());
        register.setOnAction(e -> actions.register());
        Button registerDispatch = new Button(text.get("action.registerDispatch"));
        registerDispatch.setId("triage-register-dispatch");
        registerDispatch.getStyleClass().add("primary-button");
        registerDispatch.disableProperty().bind(actions.canRegisterAndDispatch().not());
        registerDispatch.setOnAction(e -> actions.registerAndDispatch());
        Button cancel = new Button();
        cancel.setId("triage-cancel");
        cancel.textProperty().bind(Bindings.createStringBinding(() -> model.selected().size() > 1
                ? text.get("action.cancelMany", model.selected().size()) : text.get("action.cancel"),
                model.selected()));
        cancel.disableProperty().bind(actions.canCancel().not());
        cancel.setOnAction(e -> askCancel());
        FlowPane buttons = new FlowPane(8, 6, register, registerDispatch, cancel);

        notice.setId("triage-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("triage-notice");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        model.noticeProperty().addListener((o, a, n) -> showNotice(n));

        Label keys = new Label(text.get("keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("triage-hint");

        getChildren().addAll(banner, count, table, report, picker, remember, proposal, buttons, notice, keys);

        focusChanged = c -> report.show();
        detailChanged = (o, a, d) -> report.show();
        model.selected().addListener(focusChanged);
        model.detailProperty().addListener(detailChanged);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    WaitingTable table() {
        return table;
    }

    /** Puts the keyboard on the list, the first report in focus if none is. */
    void focusList() {
        table.requestFocus();
        if (model.selected().isEmpty() && !model.reports().isEmpty()) {
            model.select(List.of(model.reports().get(0)));
        }
    }

    void dispose() {
        model.selected().removeListener(focusChanged);
        model.detailProperty().removeListener(detailChanged);
        table.dispose();
        picker.dispose();
    }

    private HBox alarmBanner() {
        Label what = new Label();
        what.setId("triage-alarm-text");
        what.setWrapText(true);
        what.textProperty().bind(Bindings.createStringBinding(() -> text.get("alarm.banner",
                model.alarming().size(), text.list(model.alarming().stream()
                        .map(a -> a.number() + " " + text.title(a.title(), a.wording())).toList())), model.alarming()));
        Button ack = new Button(text.get("alarm.acknowledge"));
        ack.setId("triage-acknowledge");
        ack.setMinWidth(Region.USE_PREF_SIZE); // the way to stop the alarm is never cut short
        ack.setOnAction(e -> model.acknowledge());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(8, what, gap, ack);
        banner.setId("triage-alarm");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("triage-alarm");
        banner.visibleProperty().bind(Bindings.isNotEmpty(model.alarming()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.getCode() == KeyCode.SPACE && !typing && !model.alarming().isEmpty()) {
            model.acknowledge();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            actions.register();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && !typing && actions.canCancel().get()) {
            askCancel();
            e.consume();
        }
    }

    private void askCancel() {
        int n = model.selected().size();
        if (n == 0) {
            return;
        }
        String header = n == 1 ? text.get("cancel.header", model.selected().get(0).number())
                : text.get("cancel.headerMany", n);
        ReasonDialog.ask(this, text, text.get("cancel.title"), header, null, actions::cancel);
    }

    private void askMerge(DuplicateCandidate into) {
        WaitingReport r = model.focused();
        if (r == null) {
            return;
        }
        ReasonDialog.ask(this, text, text.get("merge.title"), text.get("merge.header", r.number(), into.number()),
                text.get("merge.defaultReason"), reason -> actions.merge(into, reason));
    }

    private String rememberText() {
        var own = model.selected().stream().filter(r -> r.externalCategory() != null)
                .map(r -> r.channel() + "\n" + r.externalCategory()).distinct().toList();
        if (own.size() == 1) {
            WaitingReport r = model.selected().stream().filter(x -> x.externalCategory() != null).findFirst()
                    .orElseThrow();
            return text.get("remember", text.channel(r.channel()), r.externalCategory());
        }
        return text.get("remember.many", own.size());
    }

    private String proposalText() {
        if (model.focused() == null || model.picker().chosenProperty().get() == null) {
            return text.get("proposal.pickFirst");
        }
        if (actions.proposalLoadingProperty().get()) {
            return text.get("proposal.loading");
        }
        DispatchProposal p = actions.proposalProperty().get();
        if (p == null) {
            return "";
        }
        String basis = text.say(p.basis());
        if (p.isEmpty()) {
            return text.get("proposal.none", basis);
        }
        String co = p.coHandlers().isEmpty() ? "" : text.get("proposal.co",
                text.list(p.coHandlers().stream().map(UnitRef::name).toList()));
        return text.get("proposal.to", p.lead().name(), co) + "\n" + text.get("proposal.basis", basis);
    }

    private void showNotice(TriageModel.Notice n) {
        notice.setText(n == null ? "" : n.text());
        notice.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), n != null && n.problem());
    }
}
