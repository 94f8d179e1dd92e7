package org.gridcommand.ui.triage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.gridcommand.service.triage.CategoryItem;

/**
 * The 大类 › 小类 › 事项 picker: a search field (code, name, pinyin initials) over a tree of the 事项 that match,
 * grouped under their 大类 and 小类, best matches first. A blank search shows the whole tree folded by 大类 for
 * browsing; any search unfolds what it found. Enter in the field takes the first match; a 事项 in the tree is
 * taken by choosing it. Only binds and forwards to {@link CategoryPickerModel}.
 */
final class CategoryPickerView extends VBox {
    /** A 大类 or 小类 line of the tree. */
    private record Group(String code, String name) {
    }

    private final CategoryPickerModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final ListChangeListener<CategoryItem> rebuild = c -> rebuild();
    private final Map<Long, TreeItem<Object>> leaves = new LinkedHashMap<>();
    private boolean building;

    CategoryPickerView(CategoryPickerModel model, TriageText text) {
        this.model = model;
        getStyleClass().add("category-picker");
        setSpacing(4);
        Label heading = new Label(text.get("picker.heading"));
        heading.getStyleClass().add("triage-section");
        TextField search = new TextField();
        search.setId("category-search");
        search.setPromptText(text.get("picker.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.chooseFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                e.consume();
            }
        });
        tree.setId("category-tree");
        tree.setShowRoot(false);
        tree.setPrefHeight(210);
        Label none = new Label(text.get("picker.none"));
        none.getStyleClass().add("triage-hint");
        none.visibleProperty().bind(Bindings.isEmpty(model.matches())
                .and(model.loadedProperty()));
        none.managedProperty().bind(none.visibleProperty());
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("category-item");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof CategoryItem c) {
                    setText(c.name() + "   " + c.code() + " · "
                            + text.get("picker.limit", Math.round(c.handlingMinutes() / 6.0) / 10.0));
                    getStyleClass().add("category-item");
                } else {
                    Group g = (Group) item;
                    setText(g.code() + " " + g.name());
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, node) -> {
            if (!building && node != null && node.getValue() instanceof CategoryItem c) {
                model.choose(c);
            }
        });
        Label chosen = new Label();
        chosen.setId("category-chosen");
        chosen.getStyleClass().add("category-chosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            CategoryItem c = model.chosenProperty().get();
            if (c == null) {
                return text.get("picker.nothingChosen");
            }
            String path = String.join(" › ", Stream.of(c.majorName(), c.minorName(), c.name())
                    .filter(Objects::nonNull).toList());
            var by = model.suggestedByProperty().get();
            return text.get("picker.chosen", path, c.code())
                    + (by == null ? "" : " " + text.get(by.remembered() ? "picker.suggestedRemembered"
                            : "picker.suggested"));
        }, model.chosenProperty(), model.suggestedByProperty()));
        getChildren().addAll(heading, search, none, tree, chosen);
        model.matches().addListener(rebuild);
        model.chosenProperty().addListener((o, a, c) -> showChosen(c));
        rebuild();
    }

    void dispose() {
        model.matches().removeListener(rebuild);
    }

    /** Groups the matches under their 大类 and 小类, in the order of their best match. */
    private void rebuild() {
        building = true;
        try {
            boolean searching = !model.queryProperty().get().isBlank();
            Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
            TreeItem<Object> root = tree.getRoot();
            root.getChildren().clear();
            leaves.clear();
            for (CategoryItem c : model.matches()) {
                TreeItem<Object> parent = group(groups, root, c.majorCode(), c.majorName(), searching);
                if (c.minorCode() != null) {
                    parent = group(groups, parent, c.minorCode(), c.minorName(), true);
                }
                TreeItem<Object> leaf = new TreeItem<>(c);
                parent.getChildren().add(leaf);
                leaves.put(c.id(), leaf);
            }
        } finally {
            building = false;
        }
        showChosen(model.chosenProperty().get());
    }

    private static TreeItem<Object> group(Map<String, TreeItem<Object>> groups, TreeItem<Object> parent, String code,
                                          String name, boolean expanded) {
        if (code == null) {
            return parent;
        }
        return groups.computeIfAbsent(code, k -> {
            TreeItem<Object> g = new TreeItem<>(new Group(code, name));
            g.setExpanded(expanded);
            parent.getChildren().add(g);
            return g;
        });
    }

    /** Highlights the chosen 事项 where the tree shows it (unfolding its groups). */
    private void showChosen(CategoryItem chosen) {
        TreeItem<Object> leaf = chosen == null ? null : leaves.get(chosen.id());
        building = true;
        try {
            if (leaf == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<Object> p = leaf.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(leaf);
            int row = tree.getRow(leaf);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 2));
            }
        } finally {
            building = false;
        }
    }
}
