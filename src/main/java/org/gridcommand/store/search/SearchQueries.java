package org.gridcommand.store.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.Camera;
import org.gridcommand.domain.event.Event;
import org.gridcommand.store.Database;
import org.hibernate.StatelessSession;

/** The search box's reads: areas, cameras and events matching what was typed, and the area at a place. */
public final class SearchQueries {
    private final Database db;

    /** What one search found, at most {@code perKind} of each, in the database's order. */
    public record Found(List<Area> areas, List<Camera> cameras, List<Event> events) {
    }

    public SearchQueries(Database db) {
        this.db = db;
    }

    /**
     * Areas and cameras whose code or name contain {@code text} (case ignored), and events by number prefix (when
     * {@code codeLike}) or by address containing it; at most {@code perKind} of each, in one read-only session.
     */
    public Found find(String text, boolean codeLike, int perKind) {
        String contains = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
        return db.transactStateless(s -> new Found(areas(s, contains, perKind), cameras(s, contains, perKind),
                events(s, text, codeLike, perKind)));
    }

    /**
     * The area of {@code level} at each place, asked of the database one query per place (its spatial index, then
     * {@code ST_Covers}: a place on a shared edge takes the lowest id, as the in-memory index does). One connection
     * for all places. 0 where no area of the level covers the place.
     */
    public long[] areaIdsAt(double[] lons, double[] lats, AreaLevel level) {
        // the level is checked on the few rows the spatial index returns: with "level = ?" in the WHERE clause H2
        // prefers the level index and tests every micro-grid's shape (27 ms a place instead of well under 1 ms)
        String sql = "SELECT id, level FROM area WHERE boundary && ST_SetSRID(ST_MakePoint(?, ?), 4326)"
                + " AND ST_Covers(boundary, ST_SetSRID(ST_MakePoint(?, ?), 4326)) ORDER BY id";
        return db.withConnection(c -> {
            long[] ids = new long[lons.length];
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < lons.length; i++) {
                    ps.setDouble(1, lons[i]);
                    ps.setDouble(2, lats[i]);
                    ps.setDouble(3, lons[i]);
                    ps.setDouble(4, lats[i]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (level.name().equals(rs.getString(2))) {
                                ids[i] = rs.getLong(1);
                                break;
                            }
                        }
                    }
                }
            }
            return ids;
        });
    }

    private static List<Area> areas(StatelessSession s, String contains, int perKind) {
        return s.createSelectionQuery("from Area a where lower(a.code) like :q escape '\\' "
                + "or lower(a.name) like :q escape '\\' order by a.level, a.code", Area.class)
                .setParameter("q", contains).setMaxResults(perKind).getResultList();
    }

    private static List<Camera> cameras(StatelessSession s, String contains, int perKind) {
        return s.createSelectionQuery("from Camera c where lower(c.code) like :q escape '\\' "
                + "or lower(c.name) like :q escape '\\' order by c.code", Camera.class)
                .setParameter("q", contains).setMaxResults(perKind).getResultList();
    }

    /**
     * Events by number (what looks like a code: the start of a number, through the unique index on it) or by
     * address (anything else, newest first: the reported-at index stops the scan after a page of hits). A year of
     * events is ~100,000 rows; a contains-search over both columns took seconds.
     */
    private static List<Event> events(StatelessSession s, String q, boolean codeLike, int perKind) {
        if (codeLike) {
            return s.createSelectionQuery("from Event e where e.number like :q escape '\\' order by e.number",
                    Event.class).setParameter("q", escape(q.toUpperCase(Locale.ROOT)) + "%")
                    .setMaxResults(perKind).getResultList();
        }
        return s.createSelectionQuery("from Event e where e.address like :q escape '\\' "
                + "order by e.reportedAt desc", Event.class)
                .setParameter("q", "%" + escape(q) + "%").setMaxResults(perKind).getResultList();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
