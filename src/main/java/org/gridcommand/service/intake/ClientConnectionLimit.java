package org.gridcommand.service.intake;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code perClient} open connections from one address: a further one is closed as soon as it opens, so
 * one slow or hostile client cannot hold every socket. (Open connections hold no thread in this server; the bound
 * keeps one client from exhausting file handles and the server-wide connection limit.) Thread-safe.
 */
final class ClientConnectionLimit implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnectionLimit.class);

    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    private final int perClient;
    private volatile long lastWarning = System.nanoTime() - WARN_EVERY_NANOS - 1;
    private final Map<InetAddress, Integer> open = new HashMap<>();
    private final Set<Connection> counted = ConcurrentHashMap.newKeySet();

    ClientConnectionLimit(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection.getEndPoint().getRemoteSocketAddress());
        if (client == null) {
            return;
        }
        int now;
        synchronized (open) {
            now = open.getOrDefault(client, 0);
            if (now < perClient) {
                open.put(client, now + 1);
                counted.add(connection);
                return;
            }
        }
        long t = System.nanoTime();
        if (t - lastWarning > WARN_EVERY_NANOS) { // a flood of refused connections must not flood the log too
            lastWarning = t;
            LOG.warn("Intake: {} already has {} open connections; further ones are closed", client.getHostAddress(),
                    perClient);
        }
        connection.getEndPoint().close();
    }

    @Override
    public void onClosed(Connection connection) {
        if (!counted.remove(connection)) {
            return;
        }
        InetAddress client = client(connection.getEndPoint().getRemoteSocketAddress());
        synchronized (open) {
            open.computeIfPresent(client, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Open connections of {@code client}, for tests and the log. */
    int openFrom(InetAddress client) {
        synchronized (open) {
            return open.getOrDefault(client, 0);
        }
    }

    private static InetAddress client(SocketAddress address) {
        return address instanceof InetSocketAddress a ? a.getAddress() : null;
    }
}
