package org.gridcommand.ui.search;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.gridcommand.service.search.SearchHit;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The search box: type a grid/community/street code or name, a camera id, an event number or an address; hits
 * appear in a list under the box; Enter or a click flies the map there. Ctrl+F focuses the box, Esc clears it,
 * Down moves into the list.
 */
public final class SearchBox extends HBox {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final SearchModel model;
    private final Messages words;
    private final EventWords eventWords;
    private final TextField field = new TextField();
    private final ListView<SearchHit> list = new ListView<>();
    private final Popup popup = new Popup();
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private final ListChangeListener<SearchHit> hitsChanged = c -> showHits();
    private final Runnable focusShortcut = this::focusField;
    private Scene shortcutScene;

    public SearchBox(SearchModel model, Messages messages) {
        this.model = model;
        this.words = messages.forFeature("org.gridcommand.ui.search.messages");
        this.eventWords = new EventWords(messages.locale());
        getStyleClass().add("search-box");
        getStylesheets().add(SearchBox.class.getResource("search.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        FontIcon icon = new FontIcon(MaterialDesignM.MAGNIFY);
        icon.getStyleClass().add("bar-icon");
        field.setId("search-field");
        field.setPromptText(words.get("search.prompt"));
        field.setPrefColumnCount(30);
        getChildren().addAll(icon, field);

        list.setId("search-hits");
        list.setPrefWidth(420);
        list.setPrefHeight(320);
        list.setCellFactory(v -> new HitCell());
        list.setOnMouseClicked(e -> choose(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(this::listKey);
        VBox box = new VBox(list);
        box.getStyleClass().add("search-popup");
        box.getStylesheets().add(SearchBox.class.getResource("search.css").toExternalForm());
        popup.getContent().add(box);
        popup.setAutoHide(true);

        typing.setOnFinished(e -> model.search(field.getText()));
        field.textProperty().addListener((o, old, text) -> typing.playFromStart());
        field.setOnKeyPressed(this::fieldKey);
        model.hits().addListener(hitsChanged);
        sceneProperty().addListener((o, old, scene) -> installShortcut(scene));
    }

    /** Ctrl+F anywhere in the console focuses the box. */
    private void installShortcut(Scene scene) {
        if (shortcutScene != null) {
            shortcutScene.getAccelerators().remove(FIND, focusShortcut);
        }
        shortcutScene = scene;
        if (scene != null) {
            scene.getAccelerators().put(FIND, focusShortcut);
        }
    }

    private void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private void fieldKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                typing.stop();
                if (!model.hits().isEmpty() && popup.isShowing()) {
                    choose(list.getSelectionModel().getSelectedItem() != null
                            ? list.getSelectionModel().getSelectedItem() : model.hits().get(0));
                } else {
                    model.search(field.getText());
                }
                e.consume();
            }
            case ESCAPE -> {
                clear();
                e.consume();
            }
            case DOWN -> {
                if (popup.isShowing()) {
                    list.requestFocus();
                    list.getSelectionModel().selectFirst();
                    e.consume();
                }
            }
            default -> { }
        }
    }

    private void listKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            choose(list.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            clear();
            field.requestFocus();
            e.consume();
        }
    }

    private void choose(SearchHit hit) {
        if (hit != null) {
            popup.hide();
            model.choose(hit);
        }
    }

    private void clear() {
        typing.stop();
        field.clear();
        model.clear();
        popup.hide();
    }

    private void showHits() {
        list.getItems().setAll(model.hits());
        if (model.hits().isEmpty()) {
            if (!field.getText().isBlank()) {
                list.setPlaceholder(new Label(words.get("search.nothing")));
            } else {
                popup.hide();
                return;
            }
        }
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            popup.show(getScene().getWindow(), b.getMinX(), b.getMaxY() + 2);
        }
    }

    /** The text field, for tests and focus. */
    public TextField field() {
        return field;
    }

    public void dispose() {
        model.hits().removeListener(hitsChanged);
        installShortcut(null);
        popup.hide();
        typing.stop();
    }

    /** Two lines per hit: what it is and its code, then its name and where. */
    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                return;
            }
            String kind = hit.kind() == SearchHit.Kind.AREA ? words.get("level." + hit.level())
                    : words.get("kind." + hit.kind());
            String detail = hit.kind() == SearchHit.Kind.EVENT ? hit.detail()
                    : hit.kind() == SearchHit.Kind.CAMERA ? words.get("camera." + hit.detail()) : "";
            setText("[" + kind + "] " + hit.code() + "  " + eventWords.title(hit.title(), hit.wording())
                    + (detail.isEmpty() ? "" : "\n" + detail));
        }
    }
}
