package org.gridcommand.ui.triage;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.triage.ReportPlace;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.queue.AttachmentInfo;
import org.gridcommand.service.triage.ReportDetail;

/**
 * The report in focus: what was reported, by whom and through which channel, where (the grid it fell in, or why
 * it has no place), what its sender called it, its photos, and the open cases it may duplicate — each with a
 * merge button, offered only while a merge can be carried out. Rebuilt when the focus or its detail changes.
 */
final class ReportPane extends VBox {
    private final TriageModel model;
    private final TriageActions actions;
    private final TriageText text;
    private final Consumer<DuplicateCandidate> merge;

    ReportPane(TriageModel model, TriageActions actions, TriageText text, Consumer<DuplicateCandidate> merge) {
        this.model = model;
        this.actions = actions;
        this.text = text;
        this.merge = merge;
        setId("triage-report");
        getStyleClass().add("triage-report");
        setSpacing(6);
        setPadding(new Insets(8, 0, 8, 0));
        show();
    }

    /** Shows the focus as the model has it now. */
    void show() {
        getChildren().clear();
        WaitingReport r = model.focused();
        if (r == null) {
            int n = model.selected().size();
            Label hint = new Label(n > 1 ? text.get("detail.many", n) : text.get("detail.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add("triage-hint");
            getChildren().add(hint);
            return;
        }
        Label number = new Label(r.number());
        number.setId("report-number");
        number.getStyleClass().add("report-number");
        Label urgency = new Label(text.urgency(r.urgency()));
        urgency.getStyleClass().addAll("triage-chip", "urgency-" + r.urgency().name().toLowerCase(Locale.ROOT));
        Label channel = new Label(text.channel(r.channel()));
        channel.getStyleClass().addAll("triage-chip", "channel-chip");
        String titleText = text.title(r.title(), r.wording());
        Label title = new Label(titleText);
        title.getStyleClass().add("report-title");
        title.setWrapText(true);
        getChildren().addAll(new HBox(6, number, urgency, channel), title);
        String descriptionText = text.description(r.description(), r.wording());
        if (descriptionText != null && !descriptionText.equals(titleText)) {
            Label description = new Label(descriptionText);
            description.setWrapText(true);
            getChildren().add(description);
        }
        getChildren().add(facts(r));
        ReportDetail d = model.detailProperty().get();
        if (d != null && d.eventId() == r.id()) {
            getChildren().add(section("detail.attachments"));
            getChildren().add(attachments(d));
            getChildren().add(section("detail.duplicates"));
            getChildren().add(duplicates(d));
        }
    }

    private GridPane facts(WaitingReport r) {
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(3);
        int row = 0;
        row = fact(facts, row, "detail.channel", text.channel(r.channel())
                + (r.reporter() == null ? "" : " · " + r.reporter()));
        row = fact(facts, row, "detail.reported", text.time(r.reportedAt()) + "  ("
                + text.waited(r.reportedAt(), model.nowProperty().get()) + ")");
        ReportPlace p = r.place();
        String where = p.grid() != null
                ? Stream.of(p.street(), p.community(), p.grid()).filter(s -> s != null)
                .collect(Collectors.joining(" › "))
                : text.get(p.placement() == Placement.NO_COORDINATES || !p.hasPoint() ? "detail.noPoint"
                        : "detail.outside");
        row = fact(facts, row, "detail.place", where);
        row = fact(facts, row, "detail.address", p.address());
        if (p.hasPoint()) {
            row = fact(facts, row, "detail.point", String.format(Locale.ROOT, "%.5f, %.5f", p.lon(), p.lat()));
        }
        if (r.externalCategory() != null) {
            row = fact(facts, row, "detail.own", r.externalCategory());
        }
        if (r.acknowledged() != null) {
            Label ack = new Label(text.get("detail.ackBy", r.acknowledged().by(), text.time(r.acknowledged().at())));
            ack.getStyleClass().add("triage-hint");
            facts.add(ack, 0, row, 2, 1);
        }
        return facts;
    }

    private Node attachments(ReportDetail d) {
        if (d.attachments().isEmpty()) {
            return hint("detail.noAttachments");
        }
        FlowPane pane = new FlowPane(6, 6);
        for (AttachmentInfo a : d.attachments()) {
            VBox box = new VBox(2);
            box.getStyleClass().add("attachment");
            if (a.isImage()) {
                ImageView thumb = new ImageView();
                thumb.setFitWidth(120);
                thumb.setFitHeight(90);
                thumb.setPreserveRatio(true);
                model.attachment(a.id(), bytes -> thumb.setImage(
                        new Image(new ByteArrayInputStream(bytes), 240, 180, true, true)));
                box.getChildren().add(thumb);
            }
            Label name = new Label(a.fileName());
            name.setMaxWidth(130);
            box.getChildren().add(name);
            pane.getChildren().add(box);
        }
        return pane;
    }

    private Node duplicates(ReportDetail d) {
        if (d.duplicates().isEmpty()) {
            return hint("detail.noDuplicates");
        }
        VBox list = new VBox(4);
        list.setId("triage-duplicates");
        for (DuplicateCandidate dup : d.duplicates()) {
            Button into = new Button(text.get("detail.merge"));
            into.getStyleClass().add("merge-button");
            into.disableProperty().bind(actions.canMerge().not());
            into.setOnAction(e -> merge.accept(dup));
            Label what = new Label(text.get("detail.duplicate", dup.number(), text.title(dup.title(), dup.wording()),
                    text.state(dup.state()),
                    Math.round(dup.distanceMeters())));
            what.setWrapText(true);
            list.getChildren().add(new HBox(6, into, what));
        }
        return list;
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label name = new Label(text.get(key));
        name.getStyleClass().add("fact-name");
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.setWrapText(true);
        grid.addRow(row, name, v);
        return row + 1;
    }

    private Label section(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add("triage-section");
        return l;
    }

    private Label hint(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add("triage-hint");
        return l;
    }
}
