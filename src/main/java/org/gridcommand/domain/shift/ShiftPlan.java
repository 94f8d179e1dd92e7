package org.gridcommand.domain.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The center's shifts in the order of the day, and which one is on at a moment. */
public record ShiftPlan(List<DutyShift> shifts) {
    public ShiftPlan {
        shifts = List.copyOf(shifts);
    }

    public Optional<DutyShift> shift(String code) {
        return shifts.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The shift on at {@code t}: of that date, or of the day before for a shift that crossed midnight. */
    public Optional<DutySlot> slotAt(Instant t, ZoneId zone) {
        LocalDate day = t.atZone(zone).toLocalDate();
        for (LocalDate d : List.of(day, day.minusDays(1))) {
            for (DutyShift s : shifts) {
                DutySlot slot = new DutySlot(d, s);
                if (slot.contains(t, zone)) {
                    return Optional.of(slot);
                }
            }
        }
        return Optional.empty();
    }

    /** The slot that starts when {@code slot} ends (the next shift to take over), if one does. */
    public Optional<DutySlot> next(DutySlot slot, ZoneId zone) {
        Instant end = slot.end(zone);
        return slotsAround(end, zone).stream().filter(s -> s.start(zone).equals(end)).findFirst()
                .or(() -> slotsAround(end, zone).stream().filter(s -> s.start(zone).isAfter(end))
                        .min(Comparator.comparing(s -> s.start(zone))));
    }

    private List<DutySlot> slotsAround(Instant t, ZoneId zone) {
        LocalDate day = t.atZone(zone).toLocalDate();
        return List.of(day.minusDays(1), day, day.plusDays(1)).stream()
                .flatMap(d -> shifts.stream().map(s -> new DutySlot(d, s))).toList();
    }
}
