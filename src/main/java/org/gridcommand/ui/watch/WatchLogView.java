package org.gridcommand.ui.watch;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.gridcommand.domain.shift.DutyShift;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.ui.common.Messages;

/** The handover log (交接记录): search by dates, shift, officer and text; print the one selected as a PDF. */
final class WatchLogView extends TitledPane {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    WatchLogView(WatchModel model, Messages m, ZoneId zone) {
        setText(m.get("section.log"));
        setId("watch-log");
        setExpanded(false);
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        model.todayProperty().subscribe(day -> {
            if (day != null && from.getValue() == null) {
                from.setValue(day.minusDays(7));
                to.setValue(day);
            }
        });
        ChoiceBox<DutyShift> shift = new ChoiceBox<>();
        shift.setConverter(new StringConverter<>() {
            @Override
            public String toString(DutyShift s) {
                return s == null ? m.get("log.allShifts") : s.name();
            }

            @Override
            public DutyShift fromString(String s) {
                return null;
            }
        });
        model.planProperty().subscribe(p -> {
            shift.getItems().setAll(p.shifts());
            shift.getItems().add(0, null);
        });
        TextField officer = new TextField();
        officer.setPromptText(m.get("prompt.officer"));
        officer.setPrefColumnCount(8);
        TextField text = new TextField();
        text.setId("watch-log-text");
        text.setPromptText(m.get("prompt.text"));
        Button search = new Button(m.get("action.search"));
        search.setId("watch-log-search");
        search.disableProperty().bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        search.setOnAction(e -> model.search(from.getValue(), to.getValue(),
                shift.getValue() == null ? null : shift.getValue().code(), officer.getText(), text.getText()));
        ListView<Handover> found = new ListView<>(model.log());
        found.setId("watch-log-list");
        found.setPrefHeight(160);
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Handover h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : m.get("log.line", h.date().toString(),
                        model.shiftName(h.shiftCode()), h.outgoing(), h.takenOver() ? h.takenBy() : m.get("log.open"),
                        MINUTE.format(h.preparedAt().atZone(zone)), h.items().size(),
                        h.overridden() ? m.get("log.overridden") : ""));
            }
        });
        Button print = new Button(m.get("action.print"));
        print.setId("watch-log-print");
        print.disableProperty().bind(found.getSelectionModel().selectedItemProperty().isNull());
        print.setOnAction(e -> {
            Handover h = found.getSelectionModel().getSelectedItem();
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("handover-" + h.date() + "-" + h.shiftCode() + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.print(h, file.toPath());
            }
        });
        setContent(new VBox(6, new HBox(6, from, to), new HBox(6, shift, officer, text, search), found, print));
    }
}
