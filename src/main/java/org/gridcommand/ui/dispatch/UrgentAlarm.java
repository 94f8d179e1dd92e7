package org.gridcommand.ui.dispatch;

import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.gridcommand.service.event.queue.UrgentEvent;
import org.gridcommand.ui.common.Messages;

/**
 * The alarm for new urgent events: "新紧急事件 N" in the status bar and on the events tab, flashing with the queue
 * and a sound every 5 s until someone acknowledges. Clicking the badge opens those events.
 */
final class UrgentAlarm {
    private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");

    private final EventQueueModel queue;
    private final Messages messages;
    private final Node flashing;
    private final AlertSound sound = new AlertSound();
    private final Label badge = new Label();
    private final Label tabBadge = new Label();
    private final Timeline flasher;
    private final ListChangeListener<UrgentEvent> onChange = c -> changed();
    private int flashes;

    UrgentAlarm(EventQueueModel queue, Messages messages, Node flashing, Runnable open) {
        this.queue = queue;
        this.messages = messages;
        this.flashing = flashing;
        // the badges sit in the status bar and in a tab header, outside the panels that carry dispatch.css: each
        // carries it itself, or it shows as plain text
        String css = Objects.requireNonNull(UrgentAlarm.class.getResource("dispatch.css")).toExternalForm();
        badge.getStylesheets().add(css);
        badge.getStyleClass().addAll("alarm-badge", "status-alarm");
        badge.setId("status-urgent");
        badge.visibleProperty().bind(queue.alertingProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setOnMouseClicked(e -> open.run());
        tabBadge.getStylesheets().add(css);
        tabBadge.getStyleClass().add("alarm-badge");
        tabBadge.visibleProperty().bind(queue.alertingProperty());
        queue.unacknowledged().addListener(onChange);
        flasher = new Timeline(new KeyFrame(Duration.millis(500), e -> flash()));
        flasher.setCycleCount(Timeline.INDEFINITE);
        flasher.play();
    }

    /** For the status bar. */
    Label badge() {
        return badge;
    }

    /** For the events tab's title. */
    Label tabBadge() {
        return tabBadge;
    }

    void dispose() {
        flasher.stop();
        queue.unacknowledged().removeListener(onChange);
    }

    private void changed() {
        int n = queue.unacknowledged().size();
        badge.setText(messages.get("alarm.badge", n));
        tabBadge.setText(String.valueOf(n));
        if (n > 0) {
            sound.play();
            flashes = 0;
        }
    }

    private void flash() {
        boolean on = queue.alertingProperty().get() && (++flashes % 2 == 0);
        badge.pseudoClassStateChanged(FLASH, on);
        tabBadge.pseudoClassStateChanged(FLASH, on);
        flashing.pseudoClassStateChanged(FLASH, on);
        if (queue.alertingProperty().get() && flashes % 10 == 0) {
            sound.play(); // every 5 s until someone acknowledges
        }
    }
}
