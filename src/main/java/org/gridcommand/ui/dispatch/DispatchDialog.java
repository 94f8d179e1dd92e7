package org.gridcommand.ui.dispatch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.ui.common.Messages;

/**
 * The dispatch proposal: the lead unit and co-handlers the rules chose, and why. Enter confirms; picking another
 * lead or other co-handlers overrides. Non-blocking: the choice arrives through a callback.
 */
final class DispatchDialog {
    private DispatchDialog() {
    }

    static void show(Node owner, Messages messages, EventWords words, String eventNumber, DispatchProposal proposal,
                     List<UnitRef> units, BiConsumer<UnitRef, List<Long>> confirmed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(messages.get("dispatch.title", eventNumber));
        dialog.setHeaderText(messages.get("dispatch.header", eventNumber));

        ComboBox<UnitRef> lead = new ComboBox<>(FXCollections.observableArrayList(units));
        lead.setId("dispatch-lead");
        lead.setConverter(UnitText.CONVERTER);
        lead.setMaxWidth(Double.MAX_VALUE);
        if (proposal.lead() != null) {
            lead.getItems().stream().filter(u -> u.id() == proposal.lead().id()).findFirst().ifPresent(lead::setValue);
        }
        TextField search = new TextField();
        search.setPromptText(messages.get("dispatch.search"));
        FilteredList<UnitRef> shown = new FilteredList<>(FXCollections.observableArrayList(units));
        ListView<UnitRef> co = new ListView<>(shown);
        co.setId("dispatch-co");
        co.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        co.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(UnitRef u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : UnitText.of(u));
            }
        });
        co.setPrefHeight(180);
        Set<Long> chosen = new LinkedHashSet<>();
        proposal.coHandlers().forEach(u -> chosen.add(u.id()));
        Runnable selectChosen = () -> {
            co.getSelectionModel().clearSelection();
            for (int i = 0; i < shown.size(); i++) {
                if (chosen.contains(shown.get(i).id())) {
                    co.getSelectionModel().select(i);
                }
            }
        };
        selectChosen.run();
        co.getSelectionModel().getSelectedItems().addListener((ListChangeListener<UnitRef>) c -> {
            shown.forEach(u -> chosen.remove(u.id()));
            co.getSelectionModel().getSelectedItems().forEach(u -> chosen.add(u.id()));
        });
        search.textProperty().addListener((o, a, q) -> {
            Set<Long> keep = new LinkedHashSet<>(chosen);
            shown.setPredicate(u -> q == null || q.isBlank() || UnitText.of(u).contains(q.trim()));
            chosen.clear();
            chosen.addAll(keep);
            selectChosen.run();
        });
        Label basis = new Label(proposal.basis() == null ? ""
                : messages.get("dispatch.basis", words.say(proposal.basis())));
        basis.setId("dispatch-basis");
        basis.setWrapText(true);
        basis.getStyleClass().add("dispatch-basis");
        VBox content = new VBox(6, new Label(messages.get("dispatch.lead")), lead, basis);
        if (proposal.avoided() != null) {
            Label avoided = new Label(messages.get("dispatch.avoided", words.say(proposal.avoided())));
            avoided.setId("dispatch-avoided");
            avoided.setWrapText(true);
            avoided.getStyleClass().add("dispatch-basis");
            content.getChildren().add(avoided);
        }
        content.getChildren().addAll(new Label(messages.get("dispatch.co")), search, co);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("dispatch.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(lead.valueProperty().isNull());
        dialog.getDialogPane().lookupButton(ok).setId("dispatch-ok");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok && lead.getValue() != null) {
                confirmed.accept(lead.getValue(), List.copyOf(chosen));
            }
        });
        dialog.show();
        dialog.getDialogPane().lookupButton(ok).requestFocus();
    }

    /** "城管局 (CGJ)" */
    static final class UnitText {
        static final StringConverter<UnitRef> CONVERTER = new StringConverter<>() {
            @Override
            public String toString(UnitRef u) {
                return u == null ? "" : of(u);
            }

            @Override
            public UnitRef fromString(String s) {
                return null;
            }
        };

        private UnitText() {
        }

        static String of(UnitRef u) {
            return u.name() + " (" + u.code() + ")";
        }
    }
}
