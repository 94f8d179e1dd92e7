package org.gridcommand.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Texts a user cannot read whole and buttons a user cannot reach, as laid out now: a label or button whose text is
 * shortened ("Sensor warni…"), a text or button cut by the edge of the window or of a pane that clips it (a tab
 * header "Emergenc"), a prompt longer than its field. What sits in a scroll pane can be scrolled to and does not
 * count; nor do the rows of tables and lists (data the user can widen a column for). Runs on the FX thread.
 */
final class ClippedText {
    /** One text or button that does not show whole. */
    record Clipped(String screen, String size, String feature, String text, String why, String where) {
    }

    private static final double SLACK = 1.0;
    /** Skin parts that scroll with their content: a table's rows, and its header row beside them. */
    private static final Set<String> SCROLLING = Set.of("VirtualFlow", "TableHeaderRow");

    private final String screen;
    private final String size;
    private final Scene scene;
    private final List<Clipped> found = new ArrayList<>();

    private ClippedText(String screen, String size, Scene scene) {
        this.screen = screen;
        this.size = size;
        this.scene = scene;
    }

    static List<Clipped> of(Window window, String screen) {
        Scene scene = window.getScene();
        String size = Math.round(scene.getWidth()) + "×" + Math.round(scene.getHeight());
        ClippedText finder = new ClippedText(screen, size, scene);
        finder.walk(scene.getRoot());
        return finder.found;
    }

    private void walk(Node node) {
        if (!node.isVisible() || node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled);
        } else if (node instanceof ButtonBase button) {
            reachable(button, "button");
        }
        if (node instanceof TextInputControl field) {
            prompt(field);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    private void check(Labeled labeled) {
        String text = labeled.getText();
        Text shown = shownText(labeled);
        if (text != null && !text.isBlank() && shown != null) {
            String expected = labeled.isMnemonicParsing() ? text.replaceAll("_(.)", "$1") : text;
            if (!shown.getText().equals(expected)) {
                add(labeled, text, "shown as '" + shown.getText() + "'");
                return;
            }
            if (shown.getClip() != null && exceeds(shown.getLayoutBounds(), shown.getClip().getBoundsInParent())) {
                add(labeled, text, "cut by its own clip");
                return;
            }
        }
        if (labeled instanceof ButtonBase) {
            reachable(labeled, "button");
        } else if (shown != null && text != null && !text.isBlank()) {
            reachable(shown, "text");
        }
    }

    /** {@code node} lies wholly inside the window and inside every pane that clips it (unless it can scroll). */
    private void reachable(Node node, String what) {
        Bounds visible = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        String cutBy = "the window";
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || SCROLLING.contains(n.getClass().getSimpleName())) {
                return;
            }
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                Bounds narrower = intersect(visible, clip);
                if (narrower.getWidth() < visible.getWidth() || narrower.getHeight() < visible.getHeight()) {
                    cutBy = ScreenText.where(n);
                }
                visible = narrower;
            }
        }
        Bounds at = node.localToScene(node.getLayoutBounds());
        if (at.getWidth() > 0 && at.getHeight() > 0 && exceeds(at, visible)) {
            Node owner = node instanceof Text && node.getParent() != null ? node.getParent() : node;
            String text = owner instanceof Labeled l && l.getText() != null ? l.getText() : ScreenText.where(owner);
            add(owner, text, what + " cut by " + cutBy + String.format(" (at x %.0f–%.0f, y %.0f–%.0f)",
                    at.getMinX(), at.getMaxX(), at.getMinY(), at.getMaxY()));
        }
    }

    private void prompt(TextInputControl field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())) {
            return;
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        Insets pad = field.getPadding();
        double room = field.getWidth() - pad.getLeft() - pad.getRight();
        if (measure.getLayoutBounds().getWidth() > room + SLACK) {
            add(field, prompt, String.format("prompt needs %.0f px, field has %.0f",
                    measure.getLayoutBounds().getWidth(), room));
        }
    }

    /** The text node a labeled's skin shows (its text after shortening), or null before it has a skin. */
    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getClass().getSimpleName().equals("LabeledText")) {
                return t;
            }
        }
        return null;
    }

    private static boolean exceeds(Bounds inner, Bounds outer) {
        return inner.getMinX() < outer.getMinX() - SLACK || inner.getMaxX() > outer.getMaxX() + SLACK
                || inner.getMinY() < outer.getMinY() - SLACK || inner.getMaxY() > outer.getMaxY() + SLACK;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private void add(Node node, String text, String why) {
        found.add(new Clipped(screen, size, ScreenText.feature(node), text, why, ScreenText.where(node)));
    }
}
