package org.gridcommand.ui.mapwall;

import java.io.File;
import java.io.IOException;
import java.util.Comparator;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.tiles.BaseMapRenderer;

/**
 * Shows the map wall over the synthetic city, for a look with human eyes (or a screenshot under Xvfb). Argument:
 * the level to focus (COMMUNITY, GRID, MICRO_GRID), or none for the whole city. Not a test.
 */
public final class MapWallPreview {
    private MapWallPreview() {
    }

    /** A plain main: the JDK launcher refuses a main class that extends Application without JavaFX modules. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        SyntheticCity city = SyntheticCity.realScale();
        MapWallModel model = new MapWallModel();
        model.tileSourceProperty().set(new BaseMapRenderer(SyntheticCity.baseMap()));
        model.setAreas(city.areas);
        MapWallView view = new MapWallView(model);
        stage.setScene(new Scene(view, 1600, 1000));
        stage.setTitle("GridCommand map wall preview");
        stage.show();
        String level = getParameters().getUnnamed().isEmpty() ? null : getParameters().getUnnamed().get(0);
        if (level != null) {
            // the area nearest the river, so that tiles with water and roads are in view
            Area target = city.areas.stream().filter(a -> a.getLevel() == AreaLevel.valueOf(level))
                    .min(Comparator.comparingDouble(a -> a.getBoundary().getCentroid()
                            .distance(Wgs84.point(120.16, 30.275))))
                    .orElseThrow();
            Platform.runLater(() -> {
                model.focus(target);
                model.selectedAreaProperty().set(target);
            });
        }
        String snapshot = System.getProperty("preview.snapshot");
        if (snapshot != null) {
            // without a GTK 3 library (Monocle headless), the scene is written to a PNG instead of being looked at
            PauseTransition wait = new PauseTransition(Duration.seconds(8));
            wait.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                            new File(snapshot));
                    System.out.printf("zoom %.2f, %d outlines, last redraw %.1f ms%n", model.zoomProperty().get(),
                            view.areaLayer().lastOutlineCount(), view.areaLayer().lastRedrawNanos() / 1e6);
                } catch (IOException ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
            });
            wait.play();
        }
    }

    }
}
