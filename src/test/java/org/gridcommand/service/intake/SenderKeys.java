package org.gridcommand.service.intake;

import java.time.Clock;
import java.util.Set;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.TokenService;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.store.Database;

/**
 * The three sending systems' tokens, issued the honest way: an administrator account signs in and issues one per
 * system (grid app, sensor platform, camera platform), each bound to its channel.
 */
final class SenderKeys {
    final TokenService tokens;
    final String gridApp;
    final String sensorPlatform;
    final String cameraPlatform;

    SenderKeys(Database db, Clock clock) {
        AccountService accounts = new AccountService(db, clock, new PasswordHashes());
        accounts.create("intake-admin", "管理员", Set.of(AccountRole.ADMINISTRATOR), null, "Admin-Pass-1".toCharArray());
        WatchSession session = new WatchSession(accounts);
        session.signIn("intake-admin", "Admin-Pass-1".toCharArray());
        tokens = new TokenService(db, clock, Permissions.of(session));
        gridApp = tokens.issueForSender("grid-app", Channel.GRID_WORKER).secret();
        sensorPlatform = tokens.issueForSender("sensor-platform", Channel.SENSOR).secret();
        cameraPlatform = tokens.issueForSender("camera-platform", Channel.AI_CAMERA).secret();
    }

    /** The token of the system that sends this: the sensor platform for readings, else by the report's channel. */
    String forRequest(String path, String body) {
        if (path.endsWith("sensor-readings") || body.contains("\"SENSOR\"")) {
            return sensorPlatform;
        }
        return body.contains("AI_CAMERA") ? cameraPlatform : gridApp;
    }
}
