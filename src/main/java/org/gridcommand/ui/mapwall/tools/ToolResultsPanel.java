package org.gridcommand.ui.mapwall.tools;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.area.Area;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;

/**
 * The right panel's "measure & select" tab: the measured length, and what a drawn box, circle or polygon took —
 * its area as one figure, then the events, people, resources and devices inside, each under a heading with its
 * count, and the areas of the drawn level. Choosing a line shows that thing on the map (and its details).
 */
public final class ToolResultsPanel extends VBox {
    /** Lists of up to this many lines are shown open. */
    private static final int SHORT_LIST = 12;
    private final MapTools tools;
    private final MapWallModel map;
    private final Messages words;
    private final Units units;
    private final Label length = new Label();
    private final Label shape = new Label();
    private final TreeView<Line> tree = new TreeView<>(new TreeItem<>());
    private final Subscription subscriptions;

    /** A line of the list: a heading (no item) or one thing found, with who can show it. */
    private record Line(String text, SelectableLayer layer, Object item) {
        @Override
        public String toString() {
            return text;
        }
    }

    public ToolResultsPanel(MapTools tools, MapWallModel map, Messages messages) {
        this.tools = tools;
        this.map = map;
        this.words = messages.forFeature("org.gridcommand.ui.mapwall.tools.messages");
        this.units = new Units(words);
        getStyleClass().add("tool-results");
        setSpacing(6);
        setStyle("-fx-padding: 10;");
        Label hint = new Label(words.get("panel.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("details-path");
        length.setId("tool-length");
        length.getStyleClass().add("fact-value");
        shape.setId("tool-shape-area");
        shape.getStyleClass().add("fact-value");
        tree.setId("tool-selected-list");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> choose(item));
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(hint, length, shape, tree);
        subscriptions = Subscription.combine(
                tools.lengthMetersProperty().subscribe(m -> showLength()),
                tools.toolProperty().subscribe(t -> showLength()),
                tools.selectionProperty().subscribe(this::show));
    }

    private void showLength() {
        double m = tools.lengthMetersProperty().get();
        MapTool t = tools.toolProperty().get();
        boolean shown = m > 0 && (t == MapTool.DISTANCE || t == MapTool.CIRCLE);
        length.setText(shown ? words.get(t == MapTool.CIRCLE ? "panel.radius" : "panel.length", units.length(m))
                : "");
        length.setManaged(shown);
        length.setVisible(shown);
    }

    private void show(Selection s) {
        TreeItem<Line> root = tree.getRoot();
        root.getChildren().clear();
        if (s == null) {
            shape.setText(words.get("panel.none"));
            return;
        }
        shape.setText(words.get("panel.shape", units.area(s.areaM2())));
        for (Selection.Found f : s.found()) {
            if (f.items().isEmpty()) {
                continue; // a heading per empty layer would bury what was found
            }
            TreeItem<Line> heading = heading(words.get("panel.count", f.layer().name(), f.items().size()));
            for (Object item : f.items()) {
                heading.getChildren().add(new TreeItem<>(new Line(f.layer().describe(item), f.layer(), item)));
            }
            expandShort(heading);
            root.getChildren().add(heading);
        }
        TreeItem<Line> areas = heading(words.get("panel.count", words.get("level." + s.level()), s.areas().size()));
        for (Area a : s.areas()) {
            areas.getChildren().add(new TreeItem<>(new Line(a.getName() + "  " + a.getCode(), null, a)));
        }
        expandShort(areas);
        root.getChildren().add(areas);
        if (s.found().stream().allMatch(f -> f.items().isEmpty())) {
            root.getChildren().add(0, new TreeItem<>(new Line(words.get("panel.nothing"), null, null)));
        }
    }

    private static TreeItem<Line> heading(String text) {
        return new TreeItem<>(new Line(text, null, null));
    }

    /** Short lists open, long ones closed: every heading and its count stays in sight. */
    private static void expandShort(TreeItem<Line> heading) {
        heading.setExpanded(heading.getChildren().size() <= SHORT_LIST);
    }

    private void choose(TreeItem<Line> item) {
        if (item == null || item.getValue() == null) {
            return;
        }
        Line line = item.getValue();
        if (line.item() instanceof Area area) {
            map.selectedAreaProperty().set(area);
        } else if (line.layer() != null) {
            line.layer().choose(line.item());
        }
    }

    public void dispose() {
        subscriptions.unsubscribe();
    }
}
