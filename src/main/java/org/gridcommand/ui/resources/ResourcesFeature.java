package org.gridcommand.ui.resources;

import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.gridcommand.domain.area.Area;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.locationtech.jts.geom.Point;

/**
 * The resources feature (资源): its tab, the pin of the selected resource on the map, and distances measured from
 * the centre of the area selected on the map.
 */
public final class ResourcesFeature {
    private final MapWallModel map;
    private final MapWallView mapView;
    private final ResourcesModel model;
    private final StockBookModel stockBook;
    private final ResourcesView view;
    private final StockBookView stockBookView;
    private final ResourcePinLayer pinLayer;
    private final ObjectProperty<ResourcePinLayer.Pin> pin = new SimpleObjectProperty<>(this, "pin");
    private final ChangeListener<Area> mapSelection;
    private final Tab tab;

    /** @param actor who books stock at this console (the ledger says who) */
    public ResourcesFeature(ResourceService resources, BackgroundTasks tasks, Messages consoleMessages,
                            MapWallModel map, MapWallView mapView, TabPane featurePanels, ZoneId zone, String actor) {
        this.map = map;
        this.mapView = mapView;
        Messages messages = consoleMessages.forFeature("org.gridcommand.ui.resources.messages");
        StockWords words = new StockWords(consoleMessages);
        model = new ResourcesModel(resources, tasks, messages, words);
        stockBook = new StockBookModel(resources.stock(), tasks, messages, words, actor);
        stockBookView = new StockBookView(stockBook, messages, zone);
        view = new ResourcesView(model, stockBookView, words, messages, zone, pin::set);
        tab = new Tab(messages.get("tab.title"), view);
        tab.setId("resources-tab");
        tab.setClosable(false);
        featurePanels.getTabs().add(tab);
        pinLayer = new ResourcePinLayer(pin);
        mapView.addOverlay(pinLayer);
        mapSelection = (o, a, area) -> model.originProperty().set(originOf(area));
        map.selectedAreaProperty().addListener(mapSelection);
        model.originProperty().set(originOf(map.selectedAreaProperty().get()));
        // the pin belongs to this tab: leaving it clears the map
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (!selected) {
                pin.set(null);
            } else if (stockBook.warehouses().isEmpty()) {
                stockBook.load(); // the keeper's lists are read when the tab is first shown, not at start-up
            }
        });
    }

    private static ResourcesModel.Origin originOf(Area area) {
        if (area == null || area.getBoundary() == null || area.getBoundary().isEmpty()) {
            return null;
        }
        Point c = area.getBoundary().getInteriorPoint();
        return new ResourcesModel.Origin(c.getX(), c.getY(), area.getName());
    }

    /** The warehouse keeper's desk, e.g. for a test. */
    public StockBookModel stockBook() {
        return stockBook;
    }

    public Tab tab() {
        return tab;
    }

    public void dispose() {
        map.selectedAreaProperty().removeListener(mapSelection);
        mapView.removeOverlay(pinLayer);
        pinLayer.dispose();
        view.dispose();
        stockBookView.dispose();
    }
}
