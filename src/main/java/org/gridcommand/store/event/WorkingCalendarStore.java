package org.gridcommand.store.event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.store.Database;

/** Reads the holidays and make-up working days (调休) of table {@code working_calendar_day}. */
public final class WorkingCalendarStore {
    private final Database db;

    public WorkingCalendarStore(Database db) {
        this.db = db;
    }

    /** The standard working hours with the days of the table. */
    public WorkingCalendar load() {
        return db.withConnection(c -> {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> workdays = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT calendar_date, workday FROM working_calendar_day");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    (rs.getBoolean(2) ? workdays : holidays).add(day);
                }
            }
            return WorkingCalendar.standard(holidays, workdays);
        });
    }

    /** Records {@code day} as a holiday ({@code workday} false) or a make-up working day (true). */
    public void put(LocalDate day, boolean workday, String name) {
        db.withConnection(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM working_calendar_day WHERE calendar_date = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO working_calendar_day (calendar_date, workday, name) VALUES (?, ?, ?)")) {
                del.setObject(1, day);
                del.executeUpdate();
                ins.setObject(1, day);
                ins.setBoolean(2, workday);
                ins.setString(3, name);
                ins.executeUpdate();
            }
            return null;
        });
    }
}
