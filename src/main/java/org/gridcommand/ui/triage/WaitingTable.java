package org.gridcommand.ui.triage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.gridcommand.domain.triage.ReportPlace;
import org.gridcommand.domain.triage.WaitingReport;

/**
 * The waiting reports, as the model orders them (特急 first, oldest first): urgency, what, from where, where, and
 * how long it has waited. Several can be chosen (Ctrl, Shift). A 特急 report whose alarm nobody acknowledged is
 * marked. The table mirrors the model's choice, so a report keeps its row highlighted across a refresh.
 */
final class WaitingTable extends TableView<WaitingReport> {
    private static final PseudoClass ALARMING = PseudoClass.getPseudoClass("alarming");

    private final TriageModel model;
    private final ListChangeListener<WaitingReport> followModel = c -> mirrorModel();
    private final ChangeListener<Instant> clock = (o, a, now) -> refresh();
    private boolean mirroring;

    WaitingTable(TriageModel model, TriageText text) {
        super(model.reports());
        this.model = model;
        setId("triage-list");
        getStyleClass().add("triage-list");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(text.get("list.empty")));

        TableColumn<WaitingReport, WaitingReport> urgency = column(text.get("col.urgency"), r -> r, 70);
        urgency.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(WaitingReport r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label chip = new Label(text.urgency(r.urgency()));
                chip.getStyleClass().addAll("triage-chip", "urgency-" + r.urgency().name().toLowerCase(Locale.ROOT));
                setGraphic(chip);
            }
        });
        TableColumn<WaitingReport, String> title = column(text.get("col.title"),
                r -> text.title(r.title(), r.wording()), 220);
        TableColumn<WaitingReport, String> channel = column(text.get("col.channel"), r -> text.channel(r.channel()),
                90);
        TableColumn<WaitingReport, String> place = column(text.get("col.place"), r -> place(r.place()), 120);
        TableColumn<WaitingReport, WaitingReport> waited = column(text.get("col.waiting"), r -> r, 95);
        waited.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(WaitingReport r, boolean empty) {
                super.updateItem(r, empty);
                Instant now = model.nowProperty().get();
                setText(empty || r == null || now == null ? null : text.waited(r.reportedAt(), now));
            }
        });
        getColumns().setAll(List.of(urgency, title, channel, place, waited));
        model.nowProperty().addListener(clock);

        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WaitingReport r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(ALARMING, !empty && r != null && r.alarming());
            }
        });
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<WaitingReport>) c -> {
            if (!mirroring) {
                model.select(List.copyOf(getSelectionModel().getSelectedItems()));
            }
        });
        model.selected().addListener(followModel);
    }

    /** Releases the listener on the model (the console runs for weeks). */
    void dispose() {
        model.selected().removeListener(followModel);
        model.nowProperty().removeListener(clock);
    }

    private void mirrorModel() {
        List<WaitingReport> wanted = model.selected();
        if (wanted.equals(getSelectionModel().getSelectedItems())) {
            return;
        }
        mirroring = true;
        try {
            getSelectionModel().clearSelection();
            for (WaitingReport r : wanted) {
                int i = getItems().indexOf(r);
                if (i >= 0) {
                    getSelectionModel().select(i);
                }
            }
            if (wanted.size() == 1) {
                scrollTo(wanted.get(0));
            }
        } finally {
            mirroring = false;
        }
    }

    /** "幸福一网格 · 幸福社区", else the address, else a dash. */
    private static String place(ReportPlace p) {
        if (p.grid() != null) {
            return p.grid() + (p.community() == null ? "" : " · " + p.community());
        }
        return p.address() == null ? "—" : p.address();
    }

    private static <T> TableColumn<WaitingReport, T> column(String name, Function<WaitingReport, T> value,
                                                            double width) {
        TableColumn<WaitingReport, T> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
