package org.gridcommand.store;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock file a killed console leaves behind. A live owner of an AUTO_SERVER file always serves it on the port
 * written in its lock file; when nothing answers there, the owner is gone and the lock is removed, so that a
 * crashed file is inspected and recovered the same way whether or not the lock survived the crash.
 */
final class StaleLock {
    private static final Logger LOG = LoggerFactory.getLogger(StaleLock.class);
    private static final int PROBE_MILLIS = 1000;

    private StaleLock() {
    }

    /** Removes the file's lock file when its owner no longer answers; true if it did. */
    static boolean removeIfStale(DatabaseLocation location) {
        Path lock = Path.of(Backups.baseName(location.file()) + ".lock.db");
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(lock, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        String server = p.getProperty("server");
        if (server == null || server.lastIndexOf(':') < 0) {
            return false; // an owner still starting, or one without a server: H2 itself decides
        }
        int port;
        try {
            port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1).trim());
        } catch (NumberFormatException e) {
            return false;
        }
        // the owner's server listens on loopback (older versions: on every interface, loopback included)
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), PROBE_MILLIS);
            return false;
        } catch (IOException nobodyThere) {
            try {
                Files.deleteIfExists(lock);
                LOG.info("Removed the lock file {} left by a process that is gone", lock);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
