package org.gridcommand.domain.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One shift on one date: the unit a roster entry, a sign-in and a handover belong to. */
public record DutySlot(LocalDate date, DutyShift shift) {
    public Instant start(ZoneId zone) {
        return shift.startOn(date, zone);
    }

    public Instant end(ZoneId zone) {
        return shift.endOn(date, zone);
    }

    public boolean contains(Instant t, ZoneId zone) {
        return !t.isBefore(start(zone)) && t.isBefore(end(zone));
    }
}
