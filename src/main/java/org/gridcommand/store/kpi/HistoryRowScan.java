package org.gridcommand.store.kpi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.function.Consumer;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.EventHistoryFacts;
import org.gridcommand.domain.kpi.Scope;
import org.gridcommand.store.Database;

/**
 * The plain way to the same facts: every event and every history line read into Java one by one, in event order,
 * folded by {@link EventHistoryFacts}. It is the baseline {@code gridcommand bench kpi} measures the engine against,
 * and an independent check of {@link EventFactsStore}'s SQL. An event none of whose lines were written by asOf is
 * not known yet and is skipped, as the SQL does.
 */
public final class HistoryRowScan {
    private static final String EVENTS = "SELECT e.id, e.channel, e.category_id, e.lead_unit_id, e.street_id,"
            + " e.community_id, e.grid_id, e.reporter, e.reported_at, e.response_due_at, e.handling_due_at,"
            + " e.satisfaction FROM event e ORDER BY e.id";
    private static final String LINES = "SELECT t.event_id, t.occurred_at, t.action, t.actor FROM event_transition t"
            + " ORDER BY t.event_id";

    private final Database db;

    public HistoryRowScan(Database db) {
        this.db = db;
    }

    /** Hands the facts of every event, for {@code scope}, to {@code sink}; returns how many lines were read. */
    public long scan(Scope scope, Consumer<EventFacts> sink) {
        return db.withConnection(c -> {
            Taxonomy taxonomy = Taxonomy.read(c);
            EventHistoryFacts folding = new EventHistoryFacts(scope);
            long lines = 0;
            try (PreparedStatement events = c.prepareStatement(EVENTS);
                 PreparedStatement history = c.prepareStatement(LINES)) {
                events.setFetchSize(5000);
                history.setFetchSize(5000);
                try (ResultSet e = events.executeQuery(); ResultSet t = history.executeQuery()) {
                    boolean more = t.next();
                    while (e.next()) {
                        long id = e.getLong(1);
                        boolean known = false;
                        while (more && t.getLong(1) < id) {
                            more = t.next();
                        }
                        while (more && t.getLong(1) == id) {
                            Instant at = EventFactsStore.instant(t, 2);
                            folding.line(at, t.getString(3), t.getString(4));
                            known |= !at.isAfter(scope.asOf());
                            lines++;
                            more = t.next();
                        }
                        EventFacts facts = folding.finish(EventFactsStore.caseFile(e, taxonomy));
                        if (known) {
                            sink.accept(facts);
                        }
                    }
                }
            }
            return lines;
        });
    }
}
