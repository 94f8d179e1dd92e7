package org.gridcommand.store.shift;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The conversions the shift tables share: instants as UTC timestamps with time zone, dates as SQL dates. */
final class Jdbc {
    private Jdbc() {
    }

    static OffsetDateTime time(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Date date(LocalDate d) {
        return Date.valueOf(d);
    }

    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }
}
