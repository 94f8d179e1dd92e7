package org.gridcommand.service.search;

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
import org.gridcommand.store.search.SearchQueries;
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

    private final SearchQueries queries;

    public SearchService(Database db) {
        this.queries = new SearchQueries(db);
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
        SearchQueries.Found found = queries.find(q, CODE_LIKE.matcher(q).matches(), PER_KIND);
        List<Ranked> ranked = new ArrayList<>();
        found.areas().forEach(a -> ranked.add(new Ranked(rank(lower, a.getCode(), a.getName()), 0, areaHit(a))));
        found.cameras().forEach(c -> ranked.add(new Ranked(rank(lower, c.getCode(), c.getName()), 1,
                cameraHit(c))));
        found.events().forEach(e -> ranked.add(new Ranked(rank(lower, e.getNumber(), e.getAddress()), 2,
                eventHit(e))));
        return ranked.stream().filter(r -> r.hit() != null)
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::kindOrder)
                        .thenComparing(r -> r.hit().code()))
                .limit(limit).map(Ranked::hit).toList();
    }

    /**
     * The area of {@code level} at each place, asked of the database's own spatial index (a place on a shared edge
     * takes the lowest id, as the in-memory index does). 0 where no area of the level covers the place.
     */
    public long[] areaIdsAt(double[] lons, double[] lats, AreaLevel level) {
        return queries.areaIdsAt(lons, lats, level);
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

    private record Ranked(int rank, int kindOrder, SearchHit hit) {
    }
}
