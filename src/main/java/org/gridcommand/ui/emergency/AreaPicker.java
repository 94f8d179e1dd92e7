package org.gridcommand.ui.emergency;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.area.Area;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.locationtech.jts.geom.Geometry;

/**
 * How the commander names the affected area: the area selected on the map (grid, community, street), a circle of
 * a given radius around an incident point clicked on the map, or a shape drawn on the map. The latest thing the
 * commander did decides, and the radio buttons show (and let them change) which.
 */
final class AreaPicker extends VBox {
    private final ObjectProperty<Area> mapArea = new SimpleObjectProperty<>(this, "mapArea");
    private final ObjectProperty<double[]> incident = new SimpleObjectProperty<>(this, "incident");
    private final ObjectProperty<Geometry> drawn = new SimpleObjectProperty<>(this, "drawn");
    private final BooleanProperty picking = new SimpleBooleanProperty(this, "picking");
    private final ObjectProperty<AreaChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final Spinner<Integer> radius = new Spinner<>(50, 50_000, 1000, 250);
    private final ToggleGroup mode = new ToggleGroup();
    private final RadioButton byArea;
    private final RadioButton byCircle;
    private final RadioButton byDrawing;
    private final Subscription subscriptions;

    AreaPicker(Messages messages) {
        setSpacing(4);
        byArea = radio(messages.get("area.selected.none"), "area-by-selection");
        byCircle = radio(messages.get("area.circle.none"), "area-by-circle");
        byDrawing = radio(messages.get("area.drawn.none"), "area-by-drawing");
        radius.setEditable(true);
        radius.setPrefWidth(96);
        radius.setId("area-radius");
        ToggleButton pick = new ToggleButton(messages.get("area.pick"), new FontIcon(MaterialDesignC.CROSSHAIRS_GPS));
        pick.setId("area-pick");
        pick.selectedProperty().bindBidirectional(picking);
        HBox circleRow = new HBox(6, new Label(messages.get("area.radius")), radius, pick);
        circleRow.setAlignment(Pos.CENTER_LEFT);
        circleRow.setPadding(new Insets(0, 0, 0, 22));
        getChildren().addAll(byArea, byCircle, circleRow, byDrawing);
        subscriptions = Subscription.combine(
                mapArea.subscribe(a -> {
                    byArea.setText(a == null ? messages.get("area.selected.none")
                            : messages.get("area.selected", a.getName(), a.getCode()));
                    byArea.setDisable(a == null);
                    if (a != null) {
                        mode.selectToggle(byArea);
                    }
                }),
                incident.subscribe(p -> {
                    byCircle.setText(p == null ? messages.get("area.circle.none") : messages.get("area.circle",
                            String.format(Locale.ROOT, "%.5f, %.5f", p[1], p[0])));
                    byCircle.setDisable(p == null);
                    if (p != null) {
                        mode.selectToggle(byCircle);
                    }
                }),
                drawn.subscribe(g -> {
                    byDrawing.setText(messages.get(g == null ? "area.drawn.none" : "area.drawn"));
                    byDrawing.setDisable(g == null);
                    if (g != null) {
                        mode.selectToggle(byDrawing);
                    }
                }),
                // the chosen area follows every change, so a proposal on the board can be checked against it
                mode.selectedToggleProperty().subscribe(t -> choice.set(choice())),
                mapArea.subscribe(a -> choice.set(choice())),
                incident.subscribe(p -> choice.set(choice())),
                drawn.subscribe(g -> choice.set(choice())),
                radius.valueProperty().subscribe(r -> choice.set(choice())));
    }

    private RadioButton radio(String text, String id) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(mode);
        r.setWrapText(true);
        r.setDisable(true);
        return r;
    }

    /** The area as chosen now, or null when nothing is chosen yet. */
    AreaChoice choice() {
        if (mode.getSelectedToggle() == byArea && mapArea.get() != null) {
            return new AreaChoice.Selected(mapArea.get());
        }
        if (mode.getSelectedToggle() == byCircle && incident.get() != null) {
            return new AreaChoice.Circle(incident.get()[0], incident.get()[1], radius.getValue());
        }
        if (mode.getSelectedToggle() == byDrawing && drawn.get() != null) {
            return new AreaChoice.Drawn(drawn.get());
        }
        return null;
    }

    /** Sets a circle around (lon, lat), e.g. where a suggestion's gauge is. */
    void circleAround(double lon, double lat) {
        incident.set(new double[] {lon, lat});
        mode.selectToggle(byCircle);
    }

    /** The area as chosen now (null while nothing is chosen), updated on every change. */
    ObservableValue<AreaChoice> choiceProperty() { return choice; }
    ObjectProperty<Area> mapAreaProperty() { return mapArea; }
    ObjectProperty<double[]> incidentProperty() { return incident; }
    ObjectProperty<Geometry> drawnProperty() { return drawn; }
    BooleanProperty pickingProperty() { return picking; }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
