package org.gridcommand.domain.shift;

import java.time.Instant;

/**
 * One line of a handover pack: what it is about (an event number, a plan, a camera code) and its title as data,
 * and who acknowledged it when.
 *
 * @param dueAt the handling deadline of an event about to breach; null otherwise
 */
public record HandoverItem(long id, HandoverItemKind kind, String refCode, String title, Instant dueAt,
                           String acknowledgedBy, Instant acknowledgedAt) {
    public boolean acknowledged() {
        return acknowledgedBy != null;
    }
}
