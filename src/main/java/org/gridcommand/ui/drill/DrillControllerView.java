package org.gridcommand.ui.drill;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gridcommand.domain.drill.DrillBoard;
import org.gridcommand.domain.drill.DrillBoard.ExpectedLine;
import org.gridcommand.domain.drill.DrillBoard.InjectLine;
import org.gridcommand.domain.drill.DrillBoard.PlayerStep;
import org.gridcommand.domain.drill.DrillClock;
import org.gridcommand.domain.drill.DrillSpeed;
import org.gridcommand.domain.drill.PlayerRole;
import org.gridcommand.ui.common.Messages;

/**
 * The trainer's controller view (导调台): the drill clock and its controls on top, the MSEL with delivered and
 * pending injects and the expected actions turning met or missed in the middle, the players' steps as they happen
 * beside them, and an ad-hoc event report at the bottom. Players never see it: it has its own window.
 */
public final class DrillControllerView extends BorderPane {
    private final DrillControllerModel model;
    private final DrillWording wording;
    private final Label clock = new Label();
    private final Label state = new Label();
    private final ChoiceBox<DrillSpeed> speed = new ChoiceBox<>(FXCollections.observableArrayList(DrillSpeed.values()));
    private final Button start;
    private final Button pause;
    private final Button resume;
    private final Button next;
    private final TableView<InjectLine> injects = new TableView<>();
    private final TableView<ExpectedLine> expected = new TableView<>();
    private final ListView<String> steps = new ListView<>();
    private final ListView<String> timeline = new ListView<>();
    private boolean showingBoard;

    public DrillControllerView(DrillControllerModel model, Messages words, Runnable endDrill) {
        this.model = model;
        this.wording = new DrillWording(words);
        getStyleClass().add("drill-controller");
        setId("drill-controller");

        Label banner = new Label(words.get("controller.banner", model.scenarioName()));
        banner.getStyleClass().add("drill-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        clock.setId("drill-clock");
        clock.getStyleClass().add("drill-clock");
        state.setId("drill-state");
        speed.setId("drill-speed");
        speed.setValue(DrillSpeed.X1);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(DrillSpeed s) {
                return s == null ? "" : "×" + s.factor();
            }

            @Override
            public DrillSpeed fromString(String s) {
                return null;
            }
        });
        speed.valueProperty().addListener((o, was, now) -> {
            DrillBoard b = model.boardProperty().get();
            if (now != null && !showingBoard && b != null && b.state() != DrillClock.State.READY) {
                model.speed(now);
            }
        });
        start = button("drill-start", words.get("clock.start"), () -> model.startClock(speed.getValue()));
        pause = button("drill-pause", words.get("clock.pause"), model::pause);
        resume = button("drill-resume", words.get("clock.resume"), model::resume);
        next = button("drill-next", words.get("clock.next"), model::jumpToNextInject);
        Button end = button("drill-end", words.get("drill.end"), endDrill);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, clock, state, new Label(words.get("clock.speed")), speed, start, pause, resume,
                next, spacer, end);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
        setTop(new VBox(banner, controls));

        injectColumns(words);
        expectedColumns(words);
        injects.setId("drill-injects");
        expected.setId("drill-expected");
        steps.setId("drill-steps");
        timeline.setId("drill-timeline");
        injects.setPlaceholder(new Label(words.get("injects.none")));
        expected.setPlaceholder(new Label(words.get("expected.none")));
        steps.setPlaceholder(new Label(words.get("steps.none")));
        expected.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ExpectedLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("drill-met", "drill-missed");
                if (!empty && line != null && line.status() != DrillBoard.Status.PENDING) {
                    getStyleClass().add(line.status() == DrillBoard.Status.MET ? "drill-met" : "drill-missed");
                }
            }
        });
        SplitPane msel = new SplitPane(titled(words.get("injects.title"), injects),
                titled(words.get("expected.title"), expected));
        msel.setOrientation(Orientation.VERTICAL);
        SplitPane players = new SplitPane(titled(words.get("steps.title"), steps),
                titled(words.get("timeline.title"), timeline));
        players.setOrientation(Orientation.VERTICAL);
        SplitPane body = new SplitPane(msel, players);
        body.setDividerPositions(0.66);
        setCenter(body);
        setBottom(adHocForm(words));

        model.boardProperty().addListener((o, was, b) -> show(b));
        model.busyProperty().addListener((o, was, now) -> enable(model.boardProperty().get()));
        enable(null);
    }

    private VBox adHocForm(Messages words) {
        ChoiceBox<PlayerRole> role = new ChoiceBox<>(FXCollections.observableArrayList(PlayerRole.values()));
        role.setId("adhoc-role");
        role.setValue(PlayerRole.DUTY_OFFICER);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlayerRole r) {
                return r == null ? "" : wording.role(r);
            }

            @Override
            public PlayerRole fromString(String s) {
                return null;
            }
        });
        TextField originator = field("adhoc-originator", words.get("adhoc.originator.prompt"), 140);
        TextField grid = field("adhoc-grid", words.get("adhoc.grid.prompt"), 160);
        TextField content = field("adhoc-content", words.get("adhoc.content.prompt"), 360);
        HBox.setHgrow(content, Priority.ALWAYS);
        Button send = button("adhoc-send", words.get("adhoc.send"), () -> model.adHocReport(role.getValue(),
                originator.getText(), content.getText(), grid.getText()));
        send.disableProperty().bind(model.busyProperty());
        HBox form = new HBox(8, new Label(words.get("adhoc.title")), role, originator, grid, content, send);
        form.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("drill-problem");
        problem.getStyleClass().add("problem-line");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label copy = new Label(words.get("controller.copy", model.copy()));
        copy.getStyleClass().add("drill-copy");
        VBox bottom = new VBox(4, form, problem, copy);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        return bottom;
    }

    private void injectColumns(Messages words) {
        injects.getColumns().setAll(List.of(
                column(words.get("col.number"), 50, l -> String.valueOf(l.inject().number())),
                column(words.get("col.at"), 70, l -> l.inject().contingency() && !l.delivered()
                        ? words.get("inject.contingency") : DrillWording.time(l.delivered() ? l.deliveredAt()
                        : l.inject().at())),
                column(words.get("col.type"), 110, l -> wording.type(l.inject().type())),
                column(words.get("col.role"), 90, l -> wording.role(l.inject().playerRole())),
                column(words.get("col.originator"), 130, l -> nullToEmpty(l.inject().originator())),
                column(words.get("col.content"), 290, l -> l.inject().content()),
                column(words.get("col.status"), 90, l -> words.get(l.delivered() ? "inject.delivered"
                        : "inject.pending"))));
    }

    private void expectedColumns(Messages words) {
        expected.getColumns().setAll(List.of(
                column(words.get("col.inject"), 50, l -> String.valueOf(l.inject())),
                column(words.get("col.id"), 50, l -> l.action().id()),
                column(words.get("col.action"), 90, l -> wording.action(l.action().kind())),
                column(words.get("col.description"), 300, l -> nullToEmpty(l.action().description())),
                column(words.get("col.deadline"), 70, l -> DrillWording.time(l.action().deadline())),
                column(words.get("col.points"), 50, l -> String.valueOf(l.action().points())),
                column(words.get("col.status"), 80, l -> words.get("expected." + l.status().name())),
                column(words.get("col.doneAt"), 70, l -> l.doneAt() == null ? "" : DrillWording.time(l.doneAt()))));
    }

    private void show(DrillBoard b) {
        if (b == null) {
            return;
        }
        showingBoard = true;
        clock.setText(DrillWording.time(b.elapsed()));
        state.setText(wording.state(b.state()));
        speed.setValue(b.speed());
        showingBoard = false;
        keepSelection(injects, b.injects());
        keepSelection(expected, b.expected());
        steps.getItems().setAll(b.steps().stream().map(this::step).toList());
        timeline.getItems().setAll(b.timeline().stream().map(wording::timeline).toList());
        enable(b);
    }

    private String step(PlayerStep s) {
        return DrillWording.time(s.at()) + "  " + s.actor() + "  " + wording.step(s.kind()) + "  "
                + nullToEmpty(s.subject());
    }

    private void enable(DrillBoard b) {
        DrillClock.State s = b == null ? null : b.state();
        boolean busy = model.busyProperty().get();
        start.setDisable(busy || s != DrillClock.State.READY);
        pause.setDisable(busy || s != DrillClock.State.RUNNING);
        resume.setDisable(busy || s != DrillClock.State.PAUSED);
        boolean ahead = b != null && b.injects().stream().anyMatch(l -> !l.delivered() && !l.inject().contingency());
        next.setDisable(busy || !ahead || (s != DrillClock.State.RUNNING && s != DrillClock.State.PAUSED));
    }

    private static <T> void keepSelection(TableView<T> table, List<T> rows) {
        int selected = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(rows);
        if (selected >= 0 && selected < rows.size()) {
            table.getSelectionModel().select(selected);
        }
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(false);
        p.setMaxHeight(Double.MAX_VALUE);
        return p;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
