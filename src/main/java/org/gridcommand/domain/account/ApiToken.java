package org.gridcommand.domain.account;

import java.time.Instant;
import org.gridcommand.domain.event.Channel;

/**
 * An administrator-issued token, as the list shows it (never its secret). It acts either as an account (the
 * command line: {@code accountLogin} set) or as one sending system of the intake endpoint ({@code channel} set).
 *
 * @param lastUsedAt null until first used
 * @param revokedAt  null while it may be used
 */
public record ApiToken(long id, String name, String accountLogin, Channel channel, Instant createdAt,
                       String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy) {
    public boolean revoked() {
        return revokedAt != null;
    }

    /** True for a sending system's token (intake endpoint), false for one that acts as an account. */
    public boolean sender() {
        return channel != null;
    }
}
