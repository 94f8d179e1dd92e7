package org.gridcommand.ui.shell;

import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.area.Area;
import org.gridcommand.service.city.AreaSummary;
import org.gridcommand.ui.common.Messages;

/** The right panel: details of the selected area. */
final class DetailsPanel extends VBox {
    private final Messages messages;
    private final Label heading = new Label();
    private final Label path = new Label();
    private final GridPane facts = new GridPane();
    private final ChangeListener<AreaSummary> listener;
    private final ConsoleModel model;

    DetailsPanel(ConsoleModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("details-panel");
        setSpacing(8);
        setPadding(new Insets(12));
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        path.getStyleClass().add("details-path");
        path.setWrapText(true);
        facts.getStyleClass().add("details-facts");
        facts.setHgap(12);
        facts.setVgap(6);
        getChildren().addAll(heading, path, facts);
        listener = (obs, old, summary) -> show(summary);
        model.selectedSummaryProperty().addListener(listener);
        show(model.selectedSummaryProperty().get());
    }

    private void show(AreaSummary summary) {
        facts.getChildren().clear();
        if (summary == null) {
            heading.setText(messages.get("details.none"));
            path.setText(messages.get("details.hint"));
            return;
        }
        Area area = summary.area();
        heading.setText(area.getName());
        path.setText(summary.path().stream().map(Area::getName).collect(Collectors.joining(" › ")));
        int row = 0;
        row = fact(row, "details.level", messages.get("level." + area.getLevel()));
        row = fact(row, "details.code", area.getCode());
        row = fact(row, "details.households", String.format("%,d", summary.households()));
        row = fact(row, "details.children", String.format("%,d", summary.childCount()));
        row = fact(row, "details.open", String.format("%,d", summary.openEvents()));
        row = fact(row, "details.overdue", String.format("%,d", summary.overdueEvents()));
        row = fact(row, "details.cameras", String.format("%,d", summary.cameras()));
        fact(row, "details.sensors", String.format("%,d", summary.sensors()));
    }

    private int fact(int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("fact-name");
        Label val = new Label(value);
        val.getStyleClass().add("fact-value");
        facts.addRow(row, name, val);
        return row + 1;
    }

    void dispose() {
        model.selectedSummaryProperty().removeListener(listener);
    }
}
