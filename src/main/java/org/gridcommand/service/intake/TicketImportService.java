package org.gridcommand.service.intake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.store.Database;
import org.gridcommand.store.event.WorkingCalendarStore;
import org.gridcommand.store.triage.CategoryMemoryStore;
import org.gridcommand.store.triage.TicketSourceCategories;

/**
 * 12345 hotline exports into the event closed loop. A file is imported whole or not at all: one transaction, so
 * a crash or a broken file mid-way leaves the database as it was. Each ticket is located into its micro-grid,
 * grid, community and street, registered with its time limits when its category is mapped (else it waits in
 * triage), and optionally dispatched by rule. Where the mapping file is silent, a category an officer mapped at
 * the triage desk ("remember this mapping") counts as mapped; a ticket left for triage keeps its own category text
 * for the desk. A ticket number already in the database (same channel) is merged as a duplicate: re-importing a
 * file creates nothing. Blocking: call it off the FX thread.
 */
public final class TicketImportService {
    private final Database db;
    private final Clock clock;
    private final Permissions permissions;

    /** For system callers ({@link Permissions#system()}): benches' generated loads, tests. */
    public TicketImportService(Database db, Clock clock) {
        this(db, clock, Permissions.system());
    }

    /** Imports checked against {@code permissions} (administrator). */
    public TicketImportService(Database db, Clock clock, Permissions permissions) {
        this.db = db;
        this.clock = clock;
        this.permissions = permissions;
    }

    /**
     * Imports {@code file} (CSV, or JSON by its extension) as {@code mapping} describes it.
     *
     * @return what became of every row
     * @throws TicketFileException    when the file cannot be read as a whole; nothing was imported
     * @throws TicketMappingException when the mapping does not fit; nothing was imported
     */
    public TicketImportReport importFile(Path file, TicketMapping mapping, TicketImportOptions options) {
        permissions.require(UseCase.IMPORT, null);
        long start = System.nanoTime();
        TicketReading reading = new TicketReading(mapping, clock);
        CitySnapshot city = CitySnapshot.load(db);
        WorkingCalendar calendar = new WorkingCalendarStore(db).load();
        Counts n = new Counts();
        try (TicketFile tickets = TicketFile.open(file, mapping)) {
            // a RuntimeException (a broken row stream, an aborted import) rolls back and propagates as it is
            db.withConnection(c -> {
                Set<String> known = knownTicketNumbers(c, mapping.channel());
                Map<String, String> remembered = CategoryMemoryStore.remembered(c, mapping.channel());
                BulkIntake intake = new BulkIntake(db, c, clock, city, calendar, options.dispatchByRule());
                try (TicketSourceCategories sources = new TicketSourceCategories(c)) {
                    while (tickets.hasNext()) {
                        TicketRow row = tickets.next();
                        options.progress().beforeRow(row.row());
                        n.rows++;
                        Object read = reading.read(row);
                        if (read instanceof TicketReading.Rejection r) {
                            n.rejected.add(new TicketImportReport.RejectedRow(r.row(), r.externalId(), r.reason()));
                        } else if (!known.add(((Ticket) read).externalId())) {
                            n.duplicates++;
                        } else {
                            try {
                                add(intake, sources, remembered, mapping.channel(), (Ticket) read, n);
                            } catch (ActionRefusedException refused) {
                                // the intake steps refuse what the reading let through: that row only, with why
                                n.rejected.add(new TicketImportReport.RejectedRow(row.row(),
                                        ((Ticket) read).externalId(), refused.reason()));
                            }
                        }
                    }
                    intake.finish();
                    sources.flush();
                }
                return null;
            });
        }
        return new TicketImportReport(file.toString(), n.rows, n.imported, n.duplicates, n.triage, n.dispatched,
                n.noCoordinates, n.outsideGrids, n.rejected, n.unmapped, (System.nanoTime() - start) / 1_000_000);
    }

    private static void add(BulkIntake intake, TicketSourceCategories sources, Map<String, String> remembered,
                            Channel channel, Ticket t, Counts n) throws SQLException {
        String code = t.categoryCode() != null || t.externalCategory() == null ? t.categoryCode()
                : remembered.get(CategoryMemoryStore.key(t.externalCategory()));
        IntakeReport report = new IntakeReport(channel, t.externalId(), code, t.title(),
                t.description(), t.lon(), t.lat(), t.address(), t.reporter(), t.createdAt(), Urgency.NORMAL);
        BulkIntake.Outcome outcome = intake.add(report, t.locationNote());
        n.imported++;
        switch (outcome) {
            case TRIAGE -> {
                n.triage++;
                n.unmapped.merge(t.externalCategory() == null ? TicketImportReport.BLANK_CATEGORY
                        : t.externalCategory(), 1,
                        Integer::sum);
                sources.keep(channel, t.externalId(), t.externalCategory());
            }
            case DISPATCHED -> n.dispatched++;
            case REGISTERED -> { }
        }
        if (intake.lastPlacement() == Placement.NO_COORDINATES) {
            n.noCoordinates++;
        } else if (intake.lastPlacement() == Placement.OUTSIDE_GRIDS) {
            n.outsideGrids++;
        }
    }

    /** The ticket numbers already recorded for {@code channel}, read inside the import's transaction. */
    private static Set<String> knownTicketNumbers(Connection c, Channel channel) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT external_id FROM event WHERE channel = ? AND external_id IS NOT NULL")) {
            ps.setString(1, channel.name());
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }

    private static final class Counts {
        int rows;
        int imported;
        int duplicates;
        int triage;
        int dispatched;
        int noCoordinates;
        int outsideGrids;
        final List<TicketImportReport.RejectedRow> rejected = new ArrayList<>();
        final TreeMap<String, Integer> unmapped = new TreeMap<>();
    }
}
