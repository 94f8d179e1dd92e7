package org.gridcommand.ui.emergency;

import java.io.File;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.Backend;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.LiveRefresh;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.resources.StockWords;
import org.locationtech.jts.geom.Envelope;

/**
 * The emergency command feature (应急指挥): its tab, its overlay on the map, F9 for one-key activation anywhere in
 * the console, the map click that places an incident point, and the background re-check of the triggers.
 */
public final class EmergencyFeature {
    /** How often the triggers are re-checked against the sensor feed and recent events. */
    static final Duration REFRESH = Duration.seconds(15);
    /** How much of the board must be in view once it shows something: heading, message, buttons. */
    private static final double BOARD_TOP = 260;

    private final MapWallModel map;
    private final MapWallView mapView;
    private final TabPane featurePanels;
    private final SuggestionsModel suggestions;
    private final PlanLibraryModel library;
    private final ActivationBoardModel board;
    private final EmergencyPanel panel;
    private final ActivationOverlay overlay;
    private final Tab tab;
    private final ScrollPane scroll;
    private final LiveRefresh refresh;
    private final ChangeListener<Area> mapSelection;
    private final EventHandler<MouseEvent> pickPoint = this::pickPoint;
    private final EventHandler<KeyEvent> oneKey = this::oneKey;
    private final Subscription sceneSubscription;
    private Scene keyScene;

    public EmergencyFeature(Backend backend, BackgroundTasks tasks, Messages consoleMessages, Clock clock,
                            String actor, MapWallModel map, MapWallView mapView, TabPane featurePanels) {
        this.map = map;
        this.mapView = mapView;
        this.featurePanels = featurePanels;
        Messages messages = consoleMessages.forFeature("org.gridcommand.ui.emergency.messages");
        suggestions = new SuggestionsModel(backend, tasks, messages, clock, 150);
        StockWords stock = new StockWords(consoleMessages);
        library = new PlanLibraryModel(backend, tasks, messages, new PlanText(messages, stock));
        board = new ActivationBoardModel(backend, tasks, messages, new BoardWords(messages, stock), actor);
        panel = new EmergencyPanel(suggestions, library, board, messages, clock.getZone(), this::exportCap);
        scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(EmergencyFeature.class.getResource("emergency.css").toExternalForm());
        tab = new Tab(messages.get("tab.title"), scroll);
        tab.setId("emergency-tab");
        tab.setClosable(false);
        featurePanels.getTabs().add(tab);

        overlay = new ActivationOverlay(board.pictureProperty());
        mapView.addOverlay(overlay);
        mapSelection = (o, a, area) -> panel.areaPicker().mapAreaProperty().set(area);
        map.selectedAreaProperty().addListener(mapSelection);
        panel.areaPicker().mapAreaProperty().set(map.selectedAreaProperty().get());
        // a circle or polygon drawn with the map's tools becomes a possible affected area
        panel.areaPicker().drawnProperty().bind(map.drawnShapeProperty());
        mapView.addEventFilter(MouseEvent.MOUSE_CLICKED, pickPoint);
        sceneSubscription = Subscription.combine(featurePanels.sceneProperty().subscribe(this::listenForKeys),
                board.pictureProperty().subscribe(picture -> {
                    if (picture != null && !picture.committed()) {
                        showOnMap(picture);
                    }
                }),
                // on a small screen the board is below the fold: bring it up when it has something to show
                board.stageProperty().subscribe(stage -> {
                    if (stage != ActivationBoardModel.Stage.EMPTY) {
                        Platform.runLater(this::scrollToBoard);
                    }
                }),
                board.standDownModel().reviewProperty().subscribe(review -> {
                    if (review != null) {
                        Platform.runLater(this::scrollToBoard);
                    }
                }));

        refresh = new LiveRefresh(REFRESH, suggestions::refresh);
        library.load();
        suggestions.refresh();
        board.resume();
        warmUp(backend, tasks);
    }

    /**
     * A commander's first F9 must be as quick as the tenth: reads plans, units and resources and runs the proposal
     * code once now, in the background, on a plan and a place of this city (the result is thrown away).
     */
    private void warmUp(Backend backend, BackgroundTasks tasks) {
        List<Area> cityAreas = map.areasProperty().get() == null ? List.of() : map.areasProperty().get();
        tasks.run(() -> {
            var index = backend.resources().index();
            backend.planLibrary().currentPlans().stream().findFirst().ifPresent(plan -> cityAreas.stream()
                    .filter(a -> a.getBoundary() != null).findFirst().ifPresent(a -> {
                        var c = a.getBoundary().getCentroid();
                        backend.activations().propose(plan.getId(), ResponseLevel.IV,
                                new AffectedArea.Circle(c.getX(), c.getY(), 500));
                    }));
            return index;
        }, index -> { }, error -> { });
    }

    private void listenForKeys(Scene scene) {
        if (keyScene != null) {
            keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, oneKey);
        }
        keyScene = scene;
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, oneKey);
        }
    }

    /**
     * Offers activation (F9, the activate button) and the board's changes only when {@code rights} allow the
     * emergency use case (a commander); everyone else reads the board. Call again after a hand-over.
     */
    public void offerTo(WatchRights rights) {
        board.mayCommandProperty().set(rights.may(UseCase.EMERGENCY));
    }

    /** F9 anywhere activates; Enter commits a proposal on the board unless the commander is typing. */
    private void oneKey(KeyEvent e) {
        if (!board.mayCommandProperty().get()) {
            return;
        }
        if (e.getCode() == KeyCode.F9) {
            featurePanels.getSelectionModel().select(tab);
            panel.activate();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && tab.isSelected()
                && board.stageProperty().get() == ActivationBoardModel.Stage.PROPOSED
                && typingNowhere(keyScene.getFocusOwner())) {
            board.commit();
            e.consume();
        }
    }

    /** Enter belongs to the board only when the focus is on this tab and not in a text field. */
    private boolean typingNowhere(Node focus) {
        if (focus instanceof TextInputControl) {
            return false;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == tab.getContent()) {
                return true;
            }
        }
        return focus == null;
    }

    /** While "pick on map" is on, a click places the incident point instead of selecting an area. */
    private void pickPoint(MouseEvent e) {
        if (!panel.areaPicker().pickingProperty().get() || e.getButton() != MouseButton.PRIMARY
                || !e.isStillSincePress()) {
            return;
        }
        double[] lonLat = mapView.lonLatAt(e.getX(), e.getY());
        panel.areaPicker().incidentProperty().set(lonLat);
        panel.areaPicker().pickingProperty().set(false);
        e.consume();
    }

    /** Flies the map to the affected area and everything the board sends there. */
    private void showOnMap(MapPicture picture) {
        if (picture == null || picture.area() == null) {
            return;
        }
        Envelope all = new Envelope(picture.area().getEnvelopeInternal());
        picture.pins().forEach(pin -> all.expandToInclude(pin.lon(), pin.lat()));
        all.expandBy(all.getWidth() * 0.08, all.getHeight() * 0.08);
        // the map frames areas: a transient one, never stored, stands for the activation's extent
        map.focus(new Area(-1, AreaLevel.GRID, "", "", null, 0, Wgs84.FACTORY.toGeometry(all)));
    }

    /**
     * Scrolls the tab as little as needed to show the board's heading, message and buttons (its first
     * {@link #BOARD_TOP} pixels), so the level buttons above stay in view where the screen allows.
     */
    private void scrollToBoard() {
        double content = panel.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double top = (content - view) * scroll.getVvalue();
        double boardTop = panel.boardPane().getBoundsInParent().getMinY();
        double wanted = Math.min(BOARD_TOP, view);
        if (boardTop < top) {
            top = boardTop;
        } else if (boardTop + wanted > top + view) {
            top = boardTop + wanted - view;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / (content - view))));
    }

    private void exportCap(ActivationBoardModel model) {
        var a = model.activationProperty().get();
        if (a == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("GC-ACT-" + a.getId() + ".cap.xml");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CAP 1.2 XML", "*.xml"));
        File file = chooser.showSaveDialog(featurePanels.getScene() == null ? null
                : featurePanels.getScene().getWindow());
        if (file != null) {
            model.exportCap(file.toPath());
        }
    }

    public Tab tab() {
        return tab;
    }

    /** The board's view-model, e.g. for a measurement. */
    public ActivationBoardModel board() {
        return board;
    }

    /** The plan library's view-model. */
    PlanLibraryModel library() {
        return library;
    }

    /** How the plan suggestions follow the database: polled, or told when another console changed an activation. */
    public LiveRefresh liveRefresh() {
        return refresh;
    }

    /** Stops the refresh and releases every listener on the map and the scene. */
    public void dispose() {
        refresh.stop();
        sceneSubscription.unsubscribe();
        listenForKeys(null);
        map.selectedAreaProperty().removeListener(mapSelection);
        panel.areaPicker().drawnProperty().unbind();
        mapView.removeEventFilter(MouseEvent.MOUSE_CLICKED, pickPoint);
        mapView.removeOverlay(overlay);
        overlay.dispose();
        panel.dispose();
    }
}
