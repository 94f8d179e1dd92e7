package org.gridcommand.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.gridcommand.service.sync.SharedChanges;
import org.gridcommand.service.sync.SharedChanges.Mode;
import org.gridcommand.service.sync.SharedChanges.Topic;
import org.gridcommand.ui.common.LiveRefresh;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Keeps the console's panels in step with the other consoles on a shared database: while the database announces
 * changes as they commit, the panels stop polling and refresh when told (one refresh per burst of changes); when the
 * announcements stop (connection lost) they poll again, and the status bar says so until the feed is back. On the
 * embedded file nothing changes: the panels poll and the status bar shows nothing.
 */
public final class ConsoleSync {
    private final Map<Topic, List<Runnable>> panels;
    private final List<LiveRefresh> refreshes;
    private final Map<Topic, AtomicBoolean> queued = new EnumMap<>(Topic.class);
    private final Label indicator = new Label();
    private final Messages messages;
    private volatile boolean disposed;

    /**
     * @param panels    what to refresh when a topic changes (FX thread)
     * @param refreshes the panels' polls, stopped while changes are announced
     */
    public ConsoleSync(SharedChanges changes, ConsoleWindow window, Messages messages, Map<Topic,
            List<Runnable>> panels,
                       List<LiveRefresh> refreshes) {
        this.panels = Map.copyOf(panels);
        this.refreshes = List.copyOf(refreshes);
        this.messages = messages;
        for (Topic t : Topic.values()) {
            queued.put(t, new AtomicBoolean());
        }
        indicator.setId("status-sync");
        indicator.getStyleClass().add("status-sync");
        indicator.setGraphic(new FontIcon(MaterialDesignS.SYNC));
        indicator.setMinWidth(Label.USE_PREF_SIZE);
        window.addStatusItem(indicator);
        changes.onChange(this::announced);
        changes.onMode(m -> Platform.runLater(() -> show(m)));
        show(changes.mode());
    }

    /** On the feed's thread: one refresh queued per topic however many changes arrive before it runs. */
    private void announced(Topic topic) {
        if (!disposed && queued.get(topic).compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.get(topic).set(false);
                if (!disposed) {
                    panels.getOrDefault(topic, List.of()).forEach(Runnable::run);
                }
            });
        }
    }

    private void show(Mode mode) {
        if (disposed) {
            return;
        }
        refreshes.forEach(r -> r.following(mode == Mode.LIVE));
        boolean shown = mode == Mode.LIVE || mode == Mode.POLLING; // nothing to say on the file or while starting
        indicator.setVisible(shown);
        indicator.setManaged(shown);
        indicator.getStyleClass().removeAll("sync-live", "sync-down");
        indicator.getStyleClass().add(mode == Mode.POLLING ? "sync-down" : "sync-live");
        indicator.setText(messages.get(mode == Mode.POLLING ? "sync.polling" : "sync.live"));
        indicator.setTooltip(new Tooltip(messages.get(mode == Mode.POLLING ? "sync.polling.tip" : "sync.live.tip")));
    }

    /** What the status bar says now (tests; empty on the embedded file). */
    String shown() {
        return indicator.isVisible() ? indicator.getText() : "";
    }

    public void dispose() {
        disposed = true;
    }
}
