package org.gridcommand.service.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.Camera;
import org.gridcommand.domain.event.Event;
import org.gridcommand.store.Database;
import org.hibernate.StatelessSession;
import org.locationtech.jts.geom.Point;

/**
 * What the search box asks: areas by code or name, cameras by code or name, events by number or address, each with
 * a place to fly to. Also which area holds a place, asked of the database's own spatial index.
 */
public final class SearchService {
    /** Hits per kind at most: a popup is read, not scrolled. */
    static final int PER_KIND = 20;

    /** Letters, digits and dashes: an area code, a camera code or an event number. */
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9-]+");

    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    /**
     * Up to {@code limit} hits for what the officer typed: exact codes first, then codes starting with it, then
     * names, numbers and addresses containing it; areas before cameras before events within each rank. Case does
     * not matter. Fewer than two characters find nothing (a single digit matches half the city).
     */
    public List<SearchHit> search(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.length() < 2) {
            return List.of();
        }
        String lower = q.toLowerCase(Locale.ROOT);
        String contains = "%" + escape(lower) + "%";
        boolean codeLike = CODE_LIKE.matcher(q).matches();
        List<Ranked> ranked = db.transactStateless(s -> {
            List<Ranked> found = new ArrayList<>();
            areas(s, contains).forEach(a -> found.add(new Ranked(rank(lower, a.getCode(), a.getName()), 0,
                    areaHit(a))));
            cameras(s, contains).forEach(c -> found.add(new Ranked(rank(lower, c.getCode(), c.getName()), 1,
                    cameraHit(c))));
            events(s, q, codeLike).forEach(e -> found.add(new Ranked(rank(lower, e.getNumber(), e.getAddress()), 2,
                    eventHit(e))));
            return found;
        });
        return ranked.stream().filter(r -> r.hit() != null)
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::kindOrder)
                        .thenComparing(r -> r.hit().code()))
                .limit(limit).map(Ranked::hit).toList();
    }

    /**
     * The area of {@code level} at each place, asked of the database one query per place (its spatial index, then
     * {@code ST_Covers}: a place on a shared edge takes the lowest id, as the in-memory index does). One session
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

    private static List<Area> areas(StatelessSession s, String contains) {
        return s.createSelectionQuery("from Area a where lower(a.code) like :q escape '\\' "
                + "or lower(a.name) like :q escape '\\' order by a.level, a.code", Area.class)
                .setParameter("q", contains).setMaxResults(PER_KIND).getResultList();
    }

    private static List<Camera> cameras(StatelessSession s, String contains) {
        return s.createSelectionQuery("from Camera c where lower(c.code) like :q escape '\\' "
                + "or lower(c.name) like :q escape '\\' order by c.code", Camera.class)
                .setParameter("q", contains).setMaxResults(PER_KIND).getResultList();
    }

    /**
     * Events by number (what looks like a code: the start of a number, through the unique index on it) or by
     * address (anything else, newest first: the reported-at index stops the scan after a page of hits). A year of
     * events is ~100,000 rows; a contains-search over both columns took seconds.
     */
    private static List<Event> events(StatelessSession s, String q, boolean codeLike) {
        if (codeLike) {
            return s.createSelectionQuery("from Event e where e.number like :q escape '\\' order by e.number",
                    Event.class).setParameter("q", escape(q.toUpperCase(Locale.ROOT)) + "%")
                    .setMaxResults(PER_KIND).getResultList();
        }
        return s.createSelectionQuery("from Event e where e.address like :q escape '\\' "
                + "order by e.reportedAt desc", Event.class)
                .setParameter("q", "%" + escape(q) + "%").setMaxResults(PER_KIND).getResultList();
    }

    /** 0 exact code, 1 code prefix, 2 anything else that matched. */
    private static int rank(String lower, String code, String name) {
        String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
        if (c.equals(lower) || (name != null && name.toLowerCase(Locale.ROOT).equals(lower))) {
            return 0;
        }
        return c.startsWith(lower) || (name != null && name.toLowerCase(Locale.ROOT).startsWith(lower)) ? 1 : 2;
    }

    private static SearchHit areaHit(Area a) {
        if (a.getBoundary() == null || a.getBoundary().isEmpty()) {
            return null;
        }
        Point p = a.getBoundary().getInteriorPoint();
        return new SearchHit(SearchHit.Kind.AREA, a.getId(), a.getCode(), a.getName(), a.getLevel().name(),
                p.getX(), p.getY(), a.getLevel());
    }

    private static SearchHit cameraHit(Camera c) {
        Point p = c.getLocation();
        return p == null ? null : new SearchHit(SearchHit.Kind.CAMERA, c.getId(), c.getCode(), c.getName(),
                c.isOnline() ? "online" : "offline", p.getX(), p.getY(), null);
    }

    /** An event without coordinates (a hotline call with only an address) is found too, with no place to fly to. */
    private static SearchHit eventHit(Event e) {
        Point p = e.getLocation();
        return new SearchHit(SearchHit.Kind.EVENT, e.getId(), e.getNumber(), e.getTitle(),
                e.getAddress() == null ? "" : e.getAddress(), p == null ? Double.NaN : p.getX(),
                p == null ? Double.NaN : p.getY(), null, e.getWording());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Ranked(int rank, int kindOrder, SearchHit hit) {
    }
}
