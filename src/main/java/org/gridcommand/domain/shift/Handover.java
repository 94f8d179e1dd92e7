package org.gridcommand.domain.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A handover (交接班) of one shift: the pack the outgoing officer prepared, its items with their acknowledgements,
 * and the taking over once done (by the incoming officer, or by a 值班长's override with a reason).
 */
public record Handover(long id, LocalDate date, String shiftCode, String outgoing, String notes, Instant preparedAt,
                       List<HandoverItem> items, String takenBy, Instant takenAt, String overrideReason) {
    public Handover {
        items = List.copyOf(items);
    }

    public boolean takenOver() {
        return takenBy != null;
    }

    public boolean overridden() {
        return overrideReason != null;
    }

    public long unacknowledged() {
        return items.stream().filter(i -> !i.acknowledged()).count();
    }
}
