package org.gridcommand.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.geo.index.NamedLines;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.service.Backend;
import org.gridcommand.service.map.BaseMapService;
import org.gridcommand.service.settings.ConsoleSettings;
import org.gridcommand.service.settings.MapState;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.imports.BaseMapModel;
import org.gridcommand.ui.imports.ImportDialog;
import org.gridcommand.ui.imports.ImportModel;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.PlaceName;
import org.gridcommand.ui.mapwall.tools.MapMemory;
import org.gridcommand.ui.mapwall.tools.MapTool;
import org.gridcommand.ui.mapwall.tools.MapToolbar;
import org.gridcommand.ui.mapwall.tools.MapTools;
import org.gridcommand.ui.mapwall.tools.ScopeChip;
import org.gridcommand.ui.mapwall.tools.ToolResultsPanel;
import org.gridcommand.ui.search.MapFlight;
import org.gridcommand.ui.search.SearchBox;
import org.gridcommand.ui.search.SearchModel;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.gridcommand.ui.wall.MonthModel;
import org.gridcommand.ui.wall.WallMode;
import org.gridcommand.ui.wall.WallModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the map wall's interaction features into the console: the map tools and their results tab, the search box,
 * wall mode, the import window, and the map state kept in the user's settings file. Part of the composition root.
 */
final class MapWallTools {
    private static final Logger LOG = LoggerFactory.getLogger(MapWallTools.class);

    private final ConsoleSettings settings;
    private final BackgroundTasks tasks;
    private final MapTools tools;
    private final MapToolbar toolbar;
    private final ToolResultsPanel results;
    private final SearchBox search;
    private final WallMode wall;
    private final MapMemory memory;
    private final Subscription prepareOnReload;
    private final Timeline autosave;
    private MapState lastSaved;
    private final ScopeChip scope;
    /** Opens an event found by the search; the event desk is wired after the map's tools. */
    private LongConsumer openEvent = id -> { };

    MapWallTools(Backend backend, BackgroundTasks tasks, Messages messages, ConsoleWindow window, MapWallModel map,
                 MapWallView view, Stage stage, ConsoleSettings settings,
                 Callable<TileSource> builtInBaseMap) {
        this.settings = settings;
        this.tasks = tasks;
        Messages toolWords = messages.forFeature("org.gridcommand.ui.mapwall.tools.messages");
        tools = new MapTools(map);
        toolbar = new MapToolbar(tools, view, messages);
        results = new ToolResultsPanel(tools, map, messages);
        Tab resultsTab = new Tab(toolWords.get("panel.title"), results);
        resultsTab.setId("tools-tab");
        resultsTab.setClosable(false);
        window.featurePanels().getTabs().add(resultsTab);
        tools.toolProperty().addListener((o, old, t) -> {
            if (t != MapTool.BROWSE) {
                window.featurePanels().getSelectionModel().select(resultsTab);
            }
        });

        search = new SearchBox(new SearchModel(backend.search()::search, tasks,
                new MapFlight(map, view, tools, id -> openEvent.accept(id))), messages);
        window.addStatusTool(search);
        scope = new ScopeChip(view, messages);

        wall = new WallMode(view, window::showInMapSlot, new WallModel(backend.wallFigures()::figures, tasks),
                messages, List.of(toolbar), view::frameCity);
        wall.showMonth(new MonthModel(() -> backend.monthAtAGlance().now(messages.locale()), tasks));
        wall.install(stage.getScene());
        toolbar.addButton(wall.button());

        Messages importWords = messages.forFeature("org.gridcommand.ui.imports.messages");
        FontIcon importIcon = new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE);
        importIcon.getStyleClass().add("bar-icon");
        Button importButton = new Button(null, importIcon);
        importButton.setId("open-import");
        importButton.setFocusTraversable(false);
        importButton.getStyleClass().add("status-button");
        importButton.setTooltip(new Tooltip(importWords.get("import.title")));
        importButton.setOnAction(e -> {
            ImportModel model = new ImportModel(backend.gridImports()::importFile, tasks,
                    () -> tasks.run(backend.city()::areas, window::showAreas,
                            err -> LOG.warn("Reloading areas after an import failed: {}", err.toString())));
            BaseMapModel baseMap = new BaseMapModel(tasks, settings::setBaseMapFile, settings.baseMapFile(),
                    map.tileSourceProperty(), builtInBaseMap, importWords);
            ImportDialog.open(stage, new ImportDialog(model, baseMap, messages));
        });
        window.addStatusTool(importButton);

        memory = new MapMemory(map, view);
        // also save while running: a console that runs for weeks may be switched off rather than closed
        autosave = new Timeline(new KeyFrame(Duration.seconds(30),
                e -> autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        // the base map's names: roads say where a picked place is, and area names keep clear of the names in tiles
        tasks.run(backend.baseMap()::features, features -> {
            map.setRoads(new NamedLines(BaseMapService.namedRoads(features)));
            map.setPlaceNames(PlaceName.of(features));
            view.redraw();
        }, e -> LOG.warn("Base map names not read: {}", e.toString()));
        // the first click at micro-grid zoom would otherwise build that level's locate grid on the FX thread
        prepareOnReload = map.areasProperty().subscribe(areas -> {
            var index = map.areaIndex();
            tasks.run(() -> {
                index.prepareLocate();
                return index;
            }, x -> { }, e -> LOG.warn("Locate grids not prepared: {}", e.toString()));
        });
    }

    /** The map's drawing and selection tools (other layers register what a drawn shape may select). */
    MapTools tools() {
        return tools;
    }

    /** Events found by the search box open with {@code opener} (the event desk's detail). */
    void openEventsWith(LongConsumer opener) {
        openEvent = opener;
    }

    /** Puts the map back where the officer left it (read in the background; applied after the first layout). */
    void restoreMap() {
        tasks.run(settings::loadMap, (Optional<MapState> state) -> {
            state.ifPresent(s -> Platform.runLater(() -> memory.restore(s)));
            lastSaved = state.orElse(null);
            autosave.play();
        }, e -> LOG.warn("Map state not restored: {}", e.toString()));
    }

    private void autosave() {
        MapState now = memory.capture(lastSaved == null ? settings.baseMapFile() : lastSaved.baseMapFile());
        if (!now.equals(lastSaved)) {
            lastSaved = now;
            tasks.run(() -> {
                settings.saveMap(now);
                return now;
            }, x -> { }, e -> LOG.warn("Map state not saved: {}", e.getMessage()));
        }
    }

    /** Captures the map on the FX thread; the returned action writes it (run it in the background). */
    Runnable saveMap() {
        MapState state = memory.capture(settings.baseMapFile());
        return () -> {
            try {
                settings.saveMap(state);
            } catch (RuntimeException e) {
                LOG.warn("Map state not saved: {}", e.getMessage());
            }
        };
    }

    void dispose() {
        autosave.stop();
        prepareOnReload.unsubscribe();
        wall.dispose();
        search.dispose();
        scope.dispose();
        results.dispose();
        toolbar.dispose();
    }
}
