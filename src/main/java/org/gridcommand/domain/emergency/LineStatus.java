package org.gridcommand.domain.emergency;

/**
 * Where one line of an activation stands on the activation board. Lines move forward only
 * (SENT → EN_ROUTE → ON_SITE → DONE); RELEASED is set by a downgrade or the stand-down for what was not needed.
 */
public enum LineStatus {
    SENT, EN_ROUTE, ON_SITE, DONE, RELEASED;

    /** Whether the line may move to {@code next}: forward only, and never out of RELEASED. */
    public boolean canMoveTo(LineStatus next) {
        return this != RELEASED && next.ordinal() > ordinal();
    }
}
