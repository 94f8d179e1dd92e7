package org.gridcommand.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.h2.engine.SysProperties;

/**
 * Keeps the embedded database off the network. H2's AUTO_SERVER (which lets the command line use a file the
 * console has open) starts a TCP server that, left to itself, listens on every interface; anyone who reads the
 * key in the lock file could then read every table. Binding H2's servers to loopback keeps them on this machine,
 * and the owner-only data folder ({@link OwnerOnly}) keeps the key from other users.
 */
final class H2Network {
    static final String BIND_PROPERTY = "h2.bindAddress";

    private H2Network() {
    }

    static {
        // H2 reads this once, when its settings class loads: it must be set before the first H2 connection
        if (System.getProperty(BIND_PROPERTY) == null) {
            System.setProperty(BIND_PROPERTY, "127.0.0.1");
        }
    }

    /**
     * True when H2's server sockets bind to a loopback address. False if H2 was started before this class could
     * set it (or someone set another address): then the file is opened without AUTO_SERVER, for this process only.
     */
    static boolean serverStaysOnLoopback() {
        String bind = SysProperties.BIND_ADDRESS;
        if (bind == null || bind.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
