package org.gridcommand.ui.dispatch;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** The latest notice over the queue's corner: 5 s for news, 10 s in the alarm colour for a problem. */
final class Toast extends Label {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private final Timeline timer = new Timeline();

    Toast() {
        getStyleClass().add("toast");
        setId("dispatch-toast");
        setVisible(false);
        setWrapText(true);
        setMaxWidth(520);
    }

    void show(OfficerNotices.Notice n) {
        if (n == null) {
            return;
        }
        setText(n.text());
        pseudoClassStateChanged(PROBLEM, n.problem());
        setVisible(true);
        timer.stop();
        timer.getKeyFrames().setAll(new KeyFrame(Duration.seconds(n.problem() ? 10 : 5), e -> setVisible(false)));
        timer.play();
    }

    void dispose() {
        timer.stop();
    }
}
