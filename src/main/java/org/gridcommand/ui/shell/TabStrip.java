package org.gridcommand.ui.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.util.Subscription;

/**
 * The headers of the side panel's tabs, wrapped onto a second row when they do not fit: a {@link TabPane} puts its
 * headers on one row and cuts the last ones off ("Emergenc"), and the side panel is narrow, more so in English and at
 * 1366×768. The tab pane's own header row is hidden (console.css, {@code .feature-panels}); features keep adding and
 * selecting {@link Tab}s as before. A tab's graphic (the events tab's alarm badge) moves onto its button here.
 */
final class TabStrip extends FlowPane {
    private final TabPane tabs;
    private final ToggleGroup group = new ToggleGroup();
    private final ListChangeListener<Tab> tabsChanged = c -> rebuild();
    private final Subscription selection;
    private List<Subscription> perTab = new ArrayList<>();
    /** Graphics taken from the tabs, shown on their buttons. */
    private final Map<Tab, Node> graphics = new HashMap<>();

    TabStrip(TabPane tabs) {
        this.tabs = tabs;
        getStyleClass().add("tab-strip");
        setHgap(2);
        setVgap(2);
        tabs.getStyleClass().add("feature-panels");
        tabs.getTabs().addListener(tabsChanged);
        selection = tabs.getSelectionModel().selectedItemProperty().subscribe(this::showSelected);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                // a click on the chosen tab's button keeps it chosen, as a tab header does
                was.setSelected(true);
            } else if (now != null) {
                tabs.getSelectionModel().select((Tab) now.getUserData());
            }
        });
        rebuild();
    }

    private void rebuild() {
        perTab.forEach(Subscription::unsubscribe);
        perTab = new ArrayList<>();
        getChildren().clear();
        group.getToggles().clear();
        graphics.keySet().retainAll(tabs.getTabs());
        for (Tab tab : tabs.getTabs()) {
            ToggleButton button = new ToggleButton();
            button.getStyleClass().add("tab-strip-button");
            button.setUserData(tab);
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.textProperty().bind(tab.textProperty());
            button.tooltipProperty().bind(tab.tooltipProperty());
            button.disableProperty().bind(tab.disableProperty());
            if (tab.getId() != null) {
                button.setId(tab.getId() + "-button");
            }
            button.setGraphic(graphics.get(tab));
            perTab.add(tab.graphicProperty().subscribe(graphic -> takeGraphic(tab, graphic, button)));
            getChildren().add(button);
        }
        showSelected(tabs.getSelectionModel().getSelectedItem());
    }

    /** The hidden header must not hold the graphic too: a node has one parent. */
    private void takeGraphic(Tab tab, Node graphic, ToggleButton button) {
        if (graphic != null) {
            graphics.put(tab, graphic);
            tab.setGraphic(null);
            button.setGraphic(graphic);
        }
    }

    private void showSelected(Tab selected) {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == selected));
    }

    void dispose() {
        tabs.getTabs().removeListener(tabsChanged);
        selection.unsubscribe();
        perTab.forEach(Subscription::unsubscribe);
    }
}
