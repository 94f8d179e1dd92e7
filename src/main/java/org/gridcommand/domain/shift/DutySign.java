package org.gridcommand.domain.shift;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An officer's 签到 (and 签退 once signed out) for one shift, with the application clock.
 *
 * @param onRoster false when the officer signed in without being on that shift's roster
 */
public record DutySign(long id, String login, LocalDate date, String shiftCode, Instant signedInAt,
                       Instant signedOutAt, boolean onRoster) {
    public boolean signedOut() {
        return signedOutAt != null;
    }
}
