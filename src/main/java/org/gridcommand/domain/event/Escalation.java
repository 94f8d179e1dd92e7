package org.gridcommand.domain.event;

import java.util.Optional;
import org.gridcommand.domain.unit.UnitKind;

/**
 * One level up when an event is supervised (督办): community → street section → district department.
 * A district department (or any other kind) has no level above it in the loop: the supervision is recorded and
 * the unit is notified, but the lead stays.
 */
public final class Escalation {
    private Escalation() {
    }

    /** The kind of unit that takes over from a lead of {@code kind}, if there is one. */
    public static Optional<UnitKind> above(UnitKind kind) {
        return switch (kind) {
            case COMMUNITY -> Optional.of(UnitKind.STREET_SECTION);
            case STREET_SECTION, STREET_POST -> Optional.of(UnitKind.DISTRICT_DEPARTMENT);
            default -> Optional.empty();
        };
    }
}
