package org.gridcommand.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database is reachable from this machine only, and its files by their owner only — while the
 * command line can still work on a file that a running process (here the intake endpoint) has open.
 */
class NobodyInTest {
    @TempDir
    Path dir;

    @Test
    void the_shared_file_server_listens_on_loopback_only_and_the_cli_still_shares_the_file() throws Exception {
        Path db = dir.resolve("data").resolve("city");
        Database.open(DatabaseLocation.parse(db.toString(), null, null)).close();
        ChildGridCommand endpoint = ChildGridCommand.start(dir.resolve("serve.log"),
                Map.of(), "serve-intake", "--db", db.toString(),
                "--port", "0");
        try {
            assertThat(endpoint.awaitOutput("Intake endpoint on", Duration.ofMinutes(2))).as(endpoint.output())
                    .isTrue();
            Path lock = Path.of(db + ".lock.db");
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(lock)) {
                p.load(r);
            }
            String server = p.getProperty("server");
            // H2 writes 127.0.0.1 as "localhost"
            assertThat(server).as("the lock file names the file's server").matches("(127\\.0\\.0\\.1|localhost):\\d+");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));

            List<String> listeners = listeningAddresses(port);
            assertThat(listeners).as("sockets listening on the file server's port " + port).isNotEmpty()
                    .allMatch(a -> a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F")
                            || a.equals("00000000000000000000000001000000"));

            assertThat(Files.getPosixFilePermissions(lock)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            assertThat(Files.getPosixFilePermissions(dir.resolve("data"))).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE", "OWNER_EXECUTE");

            int stats = ChildGridCommand.run(dir.resolve("stats.log"), Duration.ofMinutes(2), Map.of(), "stats",
                    "--db", db.toString());
            assertThat(stats).as(Files.readString(dir.resolve("stats.log"))).isZero();
        } finally {
            endpoint.kill();
        }
    }

    /** The local addresses (hex, as the kernel writes them) of sockets listening on {@code port}. */
    private static List<String> listeningAddresses(int port) throws Exception {
        List<String> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path t = Path.of(table);
            if (!Files.exists(t)) {
                continue;
            }
            for (String line : Files.readAllLines(t)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].contains(":") && "0A".equals(f[3])) {
                    String[] local = f[1].split(":");
                    if (Integer.parseInt(local[1], 16) == port) {
                        found.add(local[0]);
                    }
                }
            }
        }
        return found;
    }
}
