package org.gridcommand.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other consoles' changes on a shared PostgreSQL, as they commit. Triggers (postgresql/V20_1) NOTIFY the changed
 * table's name; this feed LISTENs on one dedicated connection of its own (never one of the pool's, which it would
 * hold for ever) and tells its listeners. When that connection drops, the feed says it is {@link State#DOWN} (the
 * console then polls, and says so) and connects again every {@code retry}. On the embedded file there is nothing to
 * listen to: the state is {@link State#NONE} and consoles poll, as one laptop's console and intake need.
 */
public final class ChangeFeed implements AutoCloseable {
    /** The notification channel the triggers use. */
    public static final String CHANNEL = "gridcommand_change";

    public enum State {
        /** Started, not listening yet (the first connection is being made). */
        CONNECTING,
        /** Listening: changes arrive as they commit. */
        LIVE,
        /** The listening connection is lost; trying again. */
        DOWN,
        /** No feed on this database (the embedded file). */
        NONE
    }

    public interface Listener {
        /** A transaction that changed {@code table} committed (on the feed's thread: hand work on, quickly). */
        void changed(String table);

        /** The feed went live or down. */
        void state(State state);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** How long one wait for notifications lasts: also how soon a closed feed stops. */
    private static final int WAIT_MS = 250;

    private final DatabaseLocation location;
    private final Duration retry;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Thread listener;
    private volatile State state;
    private volatile boolean closed;
    /** The backend process id of the listening session (tests end it to see the feed come back). */
    private volatile int backendPid;

    private ChangeFeed(DatabaseLocation location, Duration retry) {
        this.location = location;
        this.retry = retry;
        if (location.isEmbedded()) {
            this.state = State.NONE;
            this.listener = null;
        } else {
            this.state = State.CONNECTING;
            this.listener = new Thread(this::listen, "change-feed");
            this.listener.setDaemon(true);
        }
    }

    /** Starts following the database at {@code location}; reconnects every 2 s while the connection is down. */
    public static ChangeFeed start(DatabaseLocation location) {
        return start(location, Duration.ofSeconds(2));
    }

    public static ChangeFeed start(DatabaseLocation location, Duration retry) {
        ChangeFeed feed = new ChangeFeed(location, retry);
        if (feed.listener != null) {
            feed.listener.start();
        }
        return feed;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public State state() {
        return state;
    }

    /** The listening session's process id on the server, 0 while down or on the embedded file. */
    public int backendPid() {
        return backendPid;
    }

    private void listen() {
        boolean warned = false;
        while (!closed) {
            try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(),
                    location.password())) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                backendPid = pg.getBackendPID();
                setState(State.LIVE);
                if (warned) {
                    LOG.info("Change feed on {} is live again", location.describe());
                    warned = false;
                }
                while (!closed) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MS);
                    if (arrived != null) {
                        for (PGNotification n : arrived) {
                            tell(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (closed) {
                    break;
                }
                setState(State.DOWN);
                if (!warned) {
                    LOG.warn("Change feed on {} is down ({}); consoles poll until it is back", location.describe(),
                            e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
        backendPid = 0;
    }

    private void tell(String table) {
        for (Listener l : listeners) {
            try {
                l.changed(table);
            } catch (RuntimeException e) {
                LOG.warn("A change listener failed on '{}'", table, e);
            }
        }
    }

    private void setState(State s) {
        if (state == s) {
            return;
        }
        state = s;
        for (Listener l : listeners) {
            l.state(s);
        }
    }

    private void pause() {
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(WAIT_MS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
