package org.gridcommand.ui.dispatch;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.event.queue.CategoryChoice;
import org.gridcommand.ui.common.Messages;

/** The duty officer's entry form. Binds to {@link EntryModel}; picking on the map is the feature's job. */
final class EntryForm extends VBox {
    private final FilteredList<CategoryChoice> shown = new FilteredList<>(FXCollections.observableArrayList());
    private final Label problem = new Label();

    /** {@code placeText} says where a picked point is (its grid and address), for the line under the buttons. */
    EntryForm(EntryModel model, Messages messages, Chips chips, Runnable pickOnMap,
              Function<double[], String> placeText, LongConsumer created) {
        getStyleClass().add("entry-form");
        setSpacing(5);
        setPadding(new Insets(10));

        TextField title = new TextField();
        title.setId("entry-title");
        title.textProperty().bindBidirectional(model.title);
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.description);

        TextField search = new TextField();
        search.setId("entry-category-search");
        search.setPromptText(messages.get("entry.categorySearch"));
        search.textProperty().addListener((o, a, q) -> shown.setPredicate(c -> c.matches(q)));
        ListView<CategoryChoice> categories = new ListView<>(shown);
        categories.setId("entry-categories");
        categories.setPrefHeight(110);
        categories.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> model.category.set(c));
        model.category.addListener((o, a, c) -> {
            if (c == null) {
                categories.getSelectionModel().clearSelection();
                search.clear();
            }
        });

        ChoiceBox<Urgency> urgency = new ChoiceBox<>(FXCollections.observableArrayList(Urgency.values()));
        urgency.setConverter(new StringConverter<>() {
            @Override
            public String toString(Urgency u) {
                return u == null ? "" : chips.urgencyText(u);
            }

            @Override
            public Urgency fromString(String s) {
                return null;
            }
        });
        urgency.valueProperty().bindBidirectional(model.urgency);

        TextField address = new TextField();
        address.textProperty().bindBidirectional(model.address);
        TextField grid = new TextField();
        grid.setId("entry-grid");
        grid.setPromptText(messages.get("entry.gridPrompt"));
        grid.textProperty().bindBidirectional(model.gridCode);
        Button pick = new Button(messages.get("entry.pick"));
        pick.setId("entry-pick");
        pick.setOnAction(e -> pickOnMap.run());
        Label picked = new Label();
        picked.getStyleClass().add("details-path");
        picked.setId("entry-place");
        picked.setWrapText(true);
        picked.textProperty().bind(model.point.map(placeText).orElse(messages.get("entry.noPoint")));

        problem.getStyleClass().add("entry-problem");
        Button submit = new Button(messages.get("entry.submit"));
        submit.setId("entry-submit");
        submit.setDefaultButton(false);
        submit.setOnAction(e -> problem.setText(Objects.requireNonNullElse(model.submit(created), "")));

        getChildren().addAll(label(messages, "entry.title"), title, label(messages, "entry.description"), description,
                label(messages, "entry.category"), search, categories, label(messages, "entry.urgency"), urgency,
                label(messages, "entry.address"), address, label(messages, "entry.location"),
                new HBox(6, grid, pick), picked, new HBox(8, submit, problem));
    }

    void setCategories(List<CategoryChoice> items) {
        ((ObservableList<CategoryChoice>) shown.getSource()).setAll(items);
    }

    private static Label label(Messages messages, String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("fact-name");
        return l;
    }
}
