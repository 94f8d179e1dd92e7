package org.gridcommand.ui.dispatch;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.queue.AttachmentInfo;
import org.gridcommand.ui.common.Messages;

/**
 * One event in full: number, urgency and state, what and where, who handles it, deadlines, the actions its state
 * allows, proposed duplicates, attachments, and the timeline, notices and supervision trail. Rebuilt whenever a
 * new {@link EventDetail} arrives (a few dozen nodes).
 */
final class EventDetailView extends VBox {
    /** What the buttons of the detail ask for; the feature decides how (prompts, dialogs). */
    interface Handler {
        void act(DeskAction action);

        void merge(DuplicateCandidate duplicate);

        void addAttachment();

        void showAttachment(AttachmentInfo attachment, Consumer<byte[]> show);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final Messages messages;
    private final EventWords words;
    private final Chips chips;
    private final ZoneId zone;
    private final Handler handler;
    /** What the account at the console may do: the buttons offered follow it. */
    private final WatchRights rights;

    EventDetailView(Messages messages, EventWords words, Chips chips, ZoneId zone, Handler handler,
                    WatchRights rights) {
        this.rights = rights;
        this.messages = messages;
        this.words = words;
        this.chips = chips;
        this.zone = zone;
        this.handler = handler;
        getStyleClass().add("event-detail");
        setSpacing(8);
        setPadding(new Insets(10));
        show(null, null);
    }

    /** Shows {@code d} as it stands at {@code now}. */
    void show(EventDetail d, Instant now) {
        getChildren().clear();
        if (d == null) {
            Label none = new Label(messages.get("detail.none"));
            none.setWrapText(true);
            none.getStyleClass().add("details-path");
            getChildren().add(none);
            return;
        }
        Event e = d.event();
        EventQueueRow row = d.summary();
        Label number = new Label(e.getNumber());
        number.setId("detail-number");
        number.getStyleClass().add("detail-number");
        HBox head = new HBox(6, number, chips.urgency(e.getUrgency()), chips.state(e.getState()));
        Label title = new Label(words.title(e));
        title.getStyleClass().add("details-heading");
        title.setWrapText(true);
        String said = words.description(e);
        Label description = new Label(said == null ? "" : said);
        description.setWrapText(true);

        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(3);
        // the names keep their width (never "Respon…" on a narrow side panel); the values wrap in what is left
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        facts.getColumnConstraints().setAll(names, values);
        int r = 0;
        r = fact(facts, r, "detail.category", row == null ? null : row.categoryName());
        r = fact(facts, r, "detail.area", row == null ? null : row.areaNames());
        r = fact(facts, r, "detail.address", e.getAddress());
        r = fact(facts, r, "detail.channel", messages.get("channel." + e.getChannel().name())
                + (e.getReporter() == null ? "" : " · " + e.getReporter()));
        r = fact(facts, r, "detail.reported", time(e.getReportedAt()));
        r = fact(facts, r, "detail.lead", row == null ? null : row.leadUnitName());
        r = fact(facts, r, "detail.co", words.word(d.coHandlers().stream().map(u -> u.name()).toList()));
        r = fact(facts, r, "detail.responseDue", time(e.getResponseDueAt()));
        TimeLimit.Countdown c = now == null ? null : TimeLimit.ofHandling(e, now);
        r = fact(facts, r, "detail.handlingDue", time(e.getHandlingDueAt())
                + (c == null ? "" : "  " + chips.countdown(c)));
        if (e.getSupervisionCount() > 0) {
            r = fact(facts, r, "detail.supervised", String.valueOf(e.getSupervisionCount()));
        }
        if (!e.getState().isOpen()) {
            r = fact(facts, r, "detail.closedAt", time(endedAt(e, d.history())));
        }
        if (e.getReturnVisit() != null) {
            fact(facts, r, "detail.visit", words.word(e.getReturnVisit())
                    + (e.getSatisfaction() == null ? "" : " · " + words.rating(e.getSatisfaction())));
        }

        getChildren().addAll(head, title, description, facts);
        if (row != null && row.photoRequired() && e.getState().isOpen()) {
            getChildren().add(hint("detail.photoRequired"));
        }
        if (e.getState() == EventState.REPORTED) {
            getChildren().add(hint("detail.waitingForTriage"));
        } else if (!e.getState().isOpen()) {
            getChildren().add(hint("detail.ended", words.state(e.getState())));
        }
        getChildren().add(actions(e, c));
        if (!d.duplicates().isEmpty()) {
            getChildren().add(section("detail.duplicates"));
            for (DuplicateCandidate dup : d.duplicates()) {
                Button merge = new Button(messages.get("detail.merge"));
                merge.setOnAction(x -> handler.merge(dup));
                Label what = new Label(messages.get("detail.duplicate", dup.number(), dup.title(),
                        Math.round(dup.distanceMeters())));
                what.setWrapText(true);
                getChildren().add(rights.may(UseCase.MERGE) ? new HBox(6, merge, what) : what);
            }
        }
        getChildren().add(section("detail.attachments"));
        getChildren().add(attachments(d.attachments()));
        List<EventTransition> trail = d.supervisionTrail();
        if (!trail.isEmpty()) {
            getChildren().add(section("detail.trail"));
            trail.forEach(t -> getChildren().add(line(time(t.getAt()) + "  " + words.actor(t.getActor()) + "  "
                    + words.details(t))));
        }
        getChildren().add(section("detail.timeline"));
        VBox timeline = new VBox(2);
        timeline.setId("detail-timeline");
        for (EventTransition t : d.history()) {
            String move = t.getFromState() == null || t.getFromState() == t.getToState()
                    ? words.state(t.getToState())
                    : words.state(t.getFromState()) + " → " + words.state(t.getToState());
            String details = words.details(t);
            timeline.getChildren().add(line(time(t.getAt()) + "  " + words.actor(t.getActor()) + "  "
                    + words.step(t.getStep()) + "  " + move + (details.isEmpty() ? "" : "\n    " + details)));
        }
        getChildren().add(timeline);
        if (!d.notices().isEmpty()) {
            getChildren().add(section("detail.notices"));
            for (EventNotice n : d.notices()) {
                getChildren().add(line(time(n.getSentAt()) + "  " + words.notice(n)));
            }
        }
    }

    /** Only what the event's state allows now (nothing for a report waiting for triage). */
    private Node actions(Event e, TimeLimit.Countdown c) {
        FlowPane buttons = new FlowPane(6, 6);
        buttons.setId("detail-actions");
        for (DeskAction a : DeskAction.offered(e.getState(), c, e.getLeadUnitId(), rights)) {
            Button b = new Button(messages.get(a.labelKey()));
            b.setId("act-" + a.name());
            if (a == DeskAction.SUPERVISE) {
                b.getStyleClass().add("supervise-button");
            }
            b.setOnAction(x -> handler.act(a));
            buttons.getChildren().add(b);
        }
        return buttons;
    }

    private Label hint(String key, Object... args) {
        Label l = new Label(messages.get(key, args));
        l.setWrapText(true);
        l.getStyleClass().add("detail-hint");
        return l;
    }

    private Node attachments(List<AttachmentInfo> list) {
        FlowPane pane = new FlowPane(6, 6);
        for (AttachmentInfo a : list) {
            VBox box = new VBox(2);
            box.getStyleClass().add("attachment");
            if (a.isImage()) {
                ImageView thumb = new ImageView();
                thumb.setFitWidth(96);
                thumb.setFitHeight(72);
                thumb.setPreserveRatio(true);
                handler.showAttachment(a, bytes -> thumb.setImage(
                        new Image(new ByteArrayInputStream(bytes), 192, 144, true, true)));
                box.getChildren().add(thumb);
            }
            Label name = new Label(a.fileName());
            name.setMaxWidth(110);
            box.getChildren().add(name);
            pane.getChildren().add(box);
        }
        Button add = new Button(messages.get("detail.addAttachment"));
        add.setOnAction(x -> handler.addAttachment());
        pane.getChildren().add(add);
        return pane;
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("fact-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        v.setMinWidth(0);
        grid.addRow(row, name, v);
        return row + 1;
    }

    private Label section(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("detail-section");
        return l;
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("timeline-line");
        return l;
    }

    /** When it was closed, or cancelled or merged (those keep no closing time: the step that ended it says). */
    private static Instant endedAt(Event e, List<EventTransition> history) {
        if (e.getClosedAt() != null) {
            return e.getClosedAt();
        }
        Instant at = null;
        for (EventTransition t : history) {
            if (t.getToState() == e.getState() && t.getFromState() != e.getState()) {
                at = t.getAt();
            }
        }
        return at;
    }

    private String time(Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(zone));
    }
}
