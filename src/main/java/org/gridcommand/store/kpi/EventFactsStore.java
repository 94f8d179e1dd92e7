package org.gridcommand.store.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.kpi.CaseFile;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.Scope;
import org.gridcommand.store.Database;

/**
 * The indicator engine's one read: the facts of every event that any indicator of a period can count
 * ({@link PeriodEvents}), as the history stood at asOf. Each event's history is folded once into
 * {@code kpi_event_fact} ({@link EventFactsTable}, brought up to date before the read), so the read is one row per
 * event, found by the index of its report time, of its handling deadline, or by its id; only an event whose
 * history goes on after asOf (a drill's or a test's clock in the past) is folded from its lines up to asOf here.
 * The same facts as {@code domain.kpi.EventHistoryFacts} computes line by line.
 */
public final class EventFactsStore {
    private static final String LIST = "?" + ", ?".repeat(IdLists.SIZE - 1);

    /** The events' own columns, 1–12 as {@link #caseFile} reads them (parameter: the ids). */
    private static final String CASE_COLUMNS = "SELECT e.id, e.channel, e.category_id, e.lead_unit_id, e.street_id,"
            + " e.community_id, e.grid_id, e.reporter, e.reported_at, e.response_due_at, e.handling_due_at,"
            + " e.satisfaction";
    private static final String CASES = CASE_COLUMNS + " FROM event e WHERE e.id IN (" + LIST + ")";

    /** Their own columns and their folded history, 13–24. */
    private static final String FACTS = CASE_COLUMNS + ", f.registered_at, f.registered_by, f.first_dispatch_at,"
            + " f.handled_at, f.checked_at, f.last_close_at, f.last_reopen_at, f.cancelled, f.merged, f.deferred,"
            + " f.returned, f.reworked FROM event e JOIN kpi_event_fact f ON f.event_id = e.id WHERE ";
    /** …of the events reported in the period (parameters: start, end), by the report time's index. */
    private static final String REPORTED = FACTS + "e.reported_at >= ? AND e.reported_at < ?";
    /** …of the events due in the period and not reported in it (start, end, start, end), by the deadline's index. */
    private static final String DUE = FACTS + "e.handling_due_at >= ? AND e.handling_due_at < ?"
            + " AND NOT (e.reported_at >= ? AND e.reported_at < ?)";
    /** …of these events (the ids). */
    private static final String LISTED = FACTS + "e.id IN (" + LIST + ")";

    /**
     * The history of events that goes on after asOf, folded up to it (parameters: asOf, the ids): the same columns
     * as {@link #FACTS} 13–24 from 2 on.
     */
    private static final String LINES_UP_TO = "SELECT t.event_id," + HistoryFold.FACT_COLUMNS
            + " FROM event_transition t WHERE t.occurred_at <= ? AND t.event_id IN (" + LIST + ") GROUP BY t.event_id";

    private final Database db;
    private final EventFactsTable table;

    public EventFactsStore(Database db) {
        this.db = db;
        this.table = new EventFactsTable(db);
    }

    /** The facts of the events the indicators of {@code scope}'s period may count, as the history stood at asOf. */
    public List<EventFacts> facts(Scope scope) {
        table.refresh();
        return db.withConnection(c -> {
            Taxonomy taxonomy = Taxonomy.read(c);
            OffsetDateTime start = time(scope.period().start());
            OffsetDateTime end = time(scope.period().end());
            PeriodEvents period = PeriodEvents.read(c, start, end, scope.asOf());
            Set<Long> goOn = goingOnAfter(c, scope.asOf());
            Map<Long, EventFacts> facts = new TreeMap<>();
            Set<Long> unsettled = new TreeSet<>();
            try (PreparedStatement reported = c.prepareStatement(REPORTED);
                 PreparedStatement due = c.prepareStatement(DUE);
                 PreparedStatement listed = c.prepareStatement(LISTED)) {
                bindTimes(reported, start, end, 1);
                read(reported, taxonomy, period, goOn, facts, unsettled);
                bindTimes(due, start, end, 2);
                read(due, taxonomy, period, goOn, facts, unsettled);
                List<Long> rest = new ArrayList<>();
                for (Long id : period.ids) {
                    if (goOn.contains(id)) {
                        unsettled.add(id);
                    } else if (!facts.containsKey(id)) {
                        rest.add(id);
                    }
                }
                for (List<Long> chunk : IdLists.chunks(rest)) {
                    IdLists.bind(listed, 1, chunk);
                    read(listed, taxonomy, period, goOn, facts, unsettled);
                }
            }
            if (!unsettled.isEmpty()) {
                foldUpTo(c, scope.asOf(), new ArrayList<>(unsettled), taxonomy, period, facts);
            }
            return new ArrayList<>(facts.values());
        });
    }

    private static void bindTimes(PreparedStatement ps, OffsetDateTime start, OffsetDateTime end, int pairs)
            throws SQLException {
        ps.setFetchSize(IdLists.SIZE);
        for (int i = 0; i < pairs; i++) {
            ps.setObject(2 * i + 1, start);
            ps.setObject(2 * i + 2, end);
        }
    }

    /** The facts of the rows of {@code query}; an event whose history goes on after asOf is left for later. */
    private static void read(PreparedStatement query, Taxonomy taxonomy, PeriodEvents period, Set<Long> goOn,
                             Map<Long, EventFacts> facts, Set<Long> unsettled) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (goOn.contains(id)) {
                    unsettled.add(id);
                } else {
                    facts.put(id, facts(caseFile(rs, taxonomy), rs, 13, period));
                }
            }
        }
    }

    /** The events with history lines after asOf (none when asOf is now). */
    private static Set<Long> goingOnAfter(Connection c, Instant asOf) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id FROM kpi_event_fact WHERE last_line_at > ?")) {
            ps.setObject(1, time(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Folds these events' lines up to asOf; an event none of whose lines was written by then is not known yet. */
    private static void foldUpTo(Connection c, Instant asOf, List<Long> ids, Taxonomy taxonomy, PeriodEvents period,
                                 Map<Long, EventFacts> facts) throws SQLException {
        try (PreparedStatement cases = c.prepareStatement(CASES);
             PreparedStatement lines = c.prepareStatement(LINES_UP_TO)) {
            lines.setObject(1, time(asOf));
            for (List<Long> chunk : IdLists.chunks(ids)) {
                Map<Long, CaseFile> files = new HashMap<>(IdLists.SIZE * 2);
                IdLists.bind(cases, 1, chunk);
                try (ResultSet rs = cases.executeQuery()) {
                    while (rs.next()) {
                        CaseFile f = caseFile(rs, taxonomy);
                        files.put(f.id(), f);
                    }
                }
                IdLists.bind(lines, 2, chunk);
                try (ResultSet rs = lines.executeQuery()) {
                    while (rs.next()) {
                        facts.put(rs.getLong(1), facts(files.get(rs.getLong(1)), rs, 2, period));
                    }
                }
            }
        }
    }

    /** The event's own columns (1–12 of {@link #CASES}, as {@link HistoryRowScan} reads them too). */
    static CaseFile caseFile(ResultSet rs, Taxonomy taxonomy) throws SQLException {
        Long item = id(rs, 3);
        String rating = rs.getString(12);
        return new CaseFile(rs.getLong(1), Channel.valueOf(rs.getString(2)), item, taxonomy.minorOf(item),
                taxonomy.majorOf(item), id(rs, 4), id(rs, 5), id(rs, 6), id(rs, 7), rs.getString(8),
                instant(rs, 9), instant(rs, 10), instant(rs, 11), rating == null ? null : Satisfaction.valueOf(rating));
    }

    /** The facts from the folded history in the 12 columns from {@code first} on, and the period's own lines. */
    private static EventFacts facts(CaseFile c, ResultSet rs, int first, PeriodEvents period) throws SQLException {
        Instant lastClose = instant(rs, first + 5);
        Instant lastReopen = instant(rs, first + 6);
        Instant closedAt = lastClose != null && (lastReopen == null || lastReopen.isBefore(lastClose)) ? lastClose
                : null;
        return new EventFacts(c.id(), c.channel(), c.itemId(), c.minorId(), c.majorId(), c.unitId(), c.streetId(),
                c.communityId(), c.gridId(), c.reporter(), rs.getString(first + 1), c.reportedAt(),
                instant(rs, first), instant(rs, first + 2), c.responseDueAt(), c.handlingDueAt(),
                instant(rs, first + 3), instant(rs, first + 4), closedAt, rs.getBoolean(first + 7),
                rs.getBoolean(first + 8), rs.getBoolean(first + 9), rs.getBoolean(first + 10),
                rs.getBoolean(first + 11), period.supervisions(c.id()), period.rated(c.id()), c.satisfaction());
    }

    static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static Long id(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
