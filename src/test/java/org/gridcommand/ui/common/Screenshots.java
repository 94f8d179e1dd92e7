package org.gridcommand.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javax.imageio.ImageIO;

/** What a test needs to look at a screen as a person does: scroll to a node, tell if it is on screen, save a PNG. */
public final class Screenshots {
    private Screenshots() {
    }

    /** Writes what the scene shows now as a PNG (FX thread). */
    public static void write(Scene scene, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls every scroll pane around {@code node} as little as needed to show it (FX thread). */
    public static void scrollIntoView(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double view = sp.getViewportBounds().getHeight();
                double total = content.getBoundsInLocal().getHeight();
                if (total <= view) {
                    continue;
                }
                double top = (total - view) * sp.getVvalue();
                if (b.getMinY() < top) {
                    top = b.getMinY();
                } else if (b.getMaxY() > top + view) {
                    top = Math.min(b.getMinY(), b.getMaxY() - view);
                }
                sp.setVvalue(Math.max(0, Math.min(1, top / (total - view))));
                sp.layout();
            }
        }
    }

    /** The node is shown, wholly inside a window of this size and inside every scroll view around it. */
    public static boolean visibleIn(Node node, double width, double height) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (b.getWidth() <= 0 || b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > width
                || b.getMaxY() > height) {
            return false;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds view = sp.localToScene(sp.getLayoutBounds());
                if (b.getMinX() < view.getMinX() || b.getMaxX() > view.getMaxX() || b.getMinY() < view.getMinY()
                        || b.getMaxY() > view.getMaxY()) {
                    return false;
                }
            }
        }
        return true;
    }
}
