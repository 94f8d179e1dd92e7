package org.gridcommand.service.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gridcommand.store.ChangeFeed;

/**
 * What other consoles on the same database change, as it commits: the console refreshes its queue, triage desk and
 * activation board when told, instead of polling. While the feed is {@link Mode#POLLING} (its connection lost) the
 * console polls and says so; on the embedded file ({@link Mode#LOCAL}) it polls as it always has.
 */
public final class SharedChanges implements AutoCloseable {
    public enum Mode {
        /** The feed is being started: poll meanwhile, nothing to say yet. */
        CONNECTING,
        /** Changes arrive as other consoles commit them. */
        LIVE,
        /** The shared database's change feed is down: poll until it is back. */
        POLLING,
        /** The embedded file: one laptop, poll. */
        LOCAL
    }

    /** What changed: events (new, dispatched, any step) or emergency activations. */
    public enum Topic {
        EVENTS, ACTIVATIONS
    }

    private final ChangeFeed feed;
    private final List<Consumer<Topic>> watchers = new CopyOnWriteArrayList<>();
    private final List<Consumer<Mode>> modeWatchers = new CopyOnWriteArrayList<>();

    public SharedChanges(ChangeFeed feed) {
        this.feed = feed;
        feed.addListener(new ChangeFeed.Listener() {
            @Override
            public void changed(String table) {
                Topic t = switch (table) {
                    case "event" -> Topic.EVENTS;
                    case "activation" -> Topic.ACTIVATIONS;
                    default -> null;
                };
                if (t != null) {
                    watchers.forEach(w -> w.accept(t));
                }
            }

            @Override
            public void state(ChangeFeed.State state) {
                Mode m = mode(state);
                modeWatchers.forEach(w -> w.accept(m));
            }
        });
    }

    /** Called on the feed's own thread for every committed change: hand the work on (e.g. to the FX thread). */
    public void onChange(Consumer<Topic> watcher) {
        watchers.add(watcher);
    }

    /** Called on the feed's own thread when the feed goes live or down. */
    public void onMode(Consumer<Mode> watcher) {
        modeWatchers.add(watcher);
    }

    public Mode mode() {
        return mode(feed.state());
    }

    private static Mode mode(ChangeFeed.State state) {
        return switch (state) {
            case CONNECTING -> Mode.CONNECTING;
            case LIVE -> Mode.LIVE;
            case DOWN -> Mode.POLLING;
            case NONE -> Mode.LOCAL;
        };
    }

    @Override
    public void close() {
        watchers.clear();
        modeWatchers.clear();
        feed.close();
    }
}
