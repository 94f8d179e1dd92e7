package org.gridcommand.ui.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.gridcommand.domain.area.Area;
import org.gridcommand.ui.common.Messages;

/**
 * The district → street → community → grid → micro-grid tree. Children are created when a node is first
 * expanded: ~8,600 areas would otherwise cost a noticeable part of the start-up.
 */
final class AreaTree extends TreeView<Area> {
    private final Map<Long, List<Area>> childrenOf = new HashMap<>();
    private final Map<Long, Area> byId = new HashMap<>();
    private final Consumer<Area> onChosen;
    private final ChangeListener<TreeItem<Area>> selectionListener;
    private boolean revealing;

    /**
     * @param onChosen called when the officer picks a node (not when the tree follows a selection made elsewhere)
     */
    AreaTree(Messages messages, Consumer<Area> onChosen) {
        this.onChosen = onChosen;
        getStyleClass().add("area-tree");
        setShowRoot(true);
        setCellFactory(view -> new AreaCell(messages));
        selectionListener = (obs, old, item) -> {
            if (!revealing && item != null) {
                this.onChosen.accept(item.getValue());
            }
        };
        getSelectionModel().selectedItemProperty().addListener(selectionListener);
    }

    /** Shows {@code areas} (every level, parents before children). */
    void setAreas(List<Area> areas) {
        childrenOf.clear();
        byId.clear();
        List<Area> roots = new ArrayList<>();
        for (Area a : areas) {
            byId.put(a.getId(), a);
        }
        for (Area a : areas) {
            if (a.getParentId() == null || !byId.containsKey(a.getParentId())) {
                roots.add(a);
            } else {
                childrenOf.computeIfAbsent(a.getParentId(), k -> new ArrayList<>()).add(a);
            }
        }
        if (roots.size() == 1) {
            LazyItem rootItem = new LazyItem(roots.get(0));
            rootItem.setExpanded(true);
            setShowRoot(true);
            setRoot(rootItem);
            return;
        }
        // an imported city may have no district above its areas: show them all at the top
        TreeItem<Area> hidden = new TreeItem<>();
        roots.forEach(r -> hidden.getChildren().add(new LazyItem(r)));
        hidden.setExpanded(true);
        setShowRoot(false);
        setRoot(hidden);
    }

    /** Expands down to {@code area} and selects it without calling back (the selection came from the map). */
    void reveal(Area area) {
        if (area == null || getRoot() == null) {
            return;
        }
        List<Area> path = new ArrayList<>();
        for (Area a = byId.get(area.getId()); a != null; a = a.getParentId() == null ? null
                : byId.get(a.getParentId())) {
            path.add(0, a);
        }
        TreeItem<Area> item = getRoot();
        int first = isShowRoot() ? 1 : 0;
        for (int i = first; i < path.size() && item != null; i++) {
            item.setExpanded(true);
            long wanted = path.get(i).getId();
            item = item.getChildren().stream().filter(c -> c.getValue().getId() == wanted).findFirst().orElse(null);
        }
        if (item != null) {
            revealing = true;
            try {
                getSelectionModel().select(item);
                scrollTo(Math.max(0, getRow(item) - 3));
            } finally {
                revealing = false;
            }
        }
    }

    void dispose() {
        getSelectionModel().selectedItemProperty().removeListener(selectionListener);
    }

    private final class LazyItem extends TreeItem<Area> {
        private boolean loaded;

        LazyItem(Area area) {
            super(area);
        }

        @Override
        public boolean isLeaf() {
            return !childrenOf.containsKey(getValue().getId());
        }

        @Override
        public ObservableList<TreeItem<Area>> getChildren() {
            if (!loaded) {
                loaded = true;
                List<TreeItem<Area>> items = new ArrayList<>();
                for (Area child : childrenOf.getOrDefault(getValue().getId(), List.of())) {
                    items.add(new LazyItem(child));
                }
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }
    }

    private static final class AreaCell extends TreeCell<Area> {
        private final Messages messages;

        AreaCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Area area, boolean empty) {
            super.updateItem(area, empty);
            if (empty || area == null) {
                setText(null);
            } else {
                setText(area.getName() + "  " + messages.get("level.short." + area.getLevel()));
            }
        }
    }
}
