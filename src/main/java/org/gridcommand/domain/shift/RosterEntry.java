package org.gridcommand.domain.shift;

import java.time.LocalDate;
import java.util.List;

/**
 * Who is on one shift of one date: the 值班长 and the officers, by login name.
 *
 * @param id 0 for an entry not stored yet
 */
public record RosterEntry(long id, LocalDate date, String shiftCode, String leader, List<String> officers) {
    public RosterEntry {
        officers = List.copyOf(officers);
    }

    /** True for the 值班长 and every officer of the entry. */
    public boolean lists(String login) {
        return leader.equals(login) || officers.contains(login);
    }
}
