package org.gridcommand.app;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every text a user can see on a window, or make appear with one click or hover: labels, buttons, tabs, column
 * headers, tooltips, prompts, menu items and the choices of drop-down lists (all of them, not only those on screen),
 * and the window's title. Each comes with the screen it was seen on, the feature that drew it (the nearest
 * {@code org.gridcommand.ui.*} class among the node and its ancestors) and a path to find it. Runs on the FX thread.
 */
final class ScreenText {
    /** One text as shown. */
    record Shown(String screen, String feature, String kind, String text, String where) {
    }

    private final String screen;
    private final List<Shown> found = new ArrayList<>();

    private ScreenText(String screen) {
        this.screen = screen;
    }

    /** What {@code window} shows (only visible nodes; skins included, so placeholders and headers count). */
    static List<Shown> of(Window window, String screen) {
        ScreenText collector = new ScreenText(screen);
        if (window instanceof Stage stage && stage.getTitle() != null) {
            collector.add("title", stage.getTitle(), window.getScene().getRoot());
        }
        if (window.getScene() != null) {
            collector.walk(window.getScene().getRoot());
        }
        return collector.found;
    }

    private void walk(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            add(labeled instanceof ButtonBase ? "button" : "label", labeled.getText(), node);
        } else if (node instanceof Text text && !(node.getParent() instanceof Labeled)
                && !(node.getParent() instanceof TextInputControl) && !insideTextInput(node)) {
            add("text", text.getText(), node);
        }
        if (node instanceof TextInputControl input && (input.getText() == null || input.getText().isEmpty())) {
            add("prompt", input.getPromptText(), node);
        }
        if (node instanceof Control control) {
            tooltip(control.getTooltip(), node);
            menu(control.getContextMenu(), node);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add("tab", tab.getText(), tab.getContent() != null ? tab.getContent() : node);
                tooltip(tab.getTooltip(), node);
            }
        }
        if (node instanceof TableView<?> table) {
            columns(table.getColumns(), node);
        }
        if (node instanceof TreeTableView<?> table) {
            columns(table.getColumns(), node);
        }
        if (node instanceof MenuButton button) {
            items(button.getItems(), node);
        }
        if (node instanceof ComboBox<?> combo) {
            choices(combo, node);
        }
        if (node instanceof ChoiceBox<?> choice) {
            for (Object item : choice.getItems()) {
                add("choice", choice.getConverter() != null ? stringOf(choice, item) : String.valueOf(item), node);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    /** The text of each choice as the open list would show it: through the combo's own cells. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choices(ComboBox combo, Node node) {
        ListView list = new ListView(combo.getItems());
        for (int i = 0; i < combo.getItems().size(); i++) {
            ListCell cell = combo.getCellFactory() != null ? (ListCell) combo.getCellFactory().call(list)
                    : new ListCell();
            cell.updateListView(list);
            cell.updateIndex(i);
            String text = combo.getCellFactory() != null ? cell.getText()
                    : combo.getConverter().toString(combo.getItems().get(i));
            add("choice", text, node);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String stringOf(ChoiceBox choice, Object item) {
        return choice.getConverter().toString(item);
    }

    private void columns(ObservableList<? extends TableColumnBase<?, ?>> columns, Node table) {
        for (TableColumnBase<?, ?> column : columns) {
            if (column.isVisible()) {
                add("column", column.getText(), table);
                columns(column.getColumns(), table);
            }
        }
    }

    private void tooltip(Tooltip tip, Node node) {
        if (tip != null) {
            add("tooltip", tip.getText(), node);
        }
    }

    private void menu(ContextMenu menu, Node node) {
        if (menu != null) {
            items(menu.getItems(), node);
        }
    }

    private void items(List<MenuItem> items, Node node) {
        for (MenuItem item : items) {
            if (item.isVisible()) {
                add("menu", item.getText(), node);
                if (item instanceof Menu sub) {
                    items(sub.getItems(), node);
                }
            }
        }
    }

    private static boolean insideTextInput(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private void add(String kind, String text, Node node) {
        if (text != null && !text.isBlank()) {
            found.add(new Shown(screen, feature(node), kind, text, where(node)));
        }
    }

    /** The feature folder of the nearest class of ours: "dispatch", "shell", "mapwall.layers"… */
    static String feature(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            String name = n.getClass().getName();
            if (name.startsWith("org.gridcommand.ui.")) {
                String rest = name.substring("org.gridcommand.ui.".length());
                return rest.substring(0, rest.lastIndexOf('.'));
            }
            if (name.startsWith("org.gridcommand.app.")) {
                return "app";
            }
        }
        return "?";
    }

    /** A short path to the node: the ids and classes of its nearest ancestors. */
    static String where(Node node) {
        List<String> parts = new ArrayList<>();
        for (Node n = node; n != null && parts.size() < 4; n = n.getParent()) {
            String part = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
            if (n.getId() == null && !n.getStyleClass().isEmpty()) {
                part += "." + n.getStyleClass().get(0);
            }
            parts.add(0, part);
        }
        return String.join(" > ", parts);
    }
}
