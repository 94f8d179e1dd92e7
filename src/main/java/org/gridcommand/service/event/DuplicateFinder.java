package org.gridcommand.service.event;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.geo.Wgs84;
import org.hibernate.Session;
import org.locationtech.jts.geom.Point;

/**
 * Proposes duplicates: events of the same category reported within a time window and a distance of the given
 * one, still open; for a report not yet classified (waiting at the triage desk), events of any category. The candidates
 * come from the (category_id, reported_at) index; distance is checked on the
 * sphere in Java, which is exact and the same on both databases.
 */
final class DuplicateFinder {

    List<DuplicateCandidate> find(Session s, Event event, double meters, Duration window) {
        Point p = event.getLocation();
        if (p == null) {
            return List.of();
        }
        boolean anyCategory = event.getCategoryId() == null;
        var query = s.createSelectionQuery("from Event x where " + (anyCategory ? "" : "x.categoryId = :c and ")
                        + "x.id <> :id and x.reportedAt between :from and :to and x.state not in :gone "
                        + "and x.location is not null", Event.class);
        if (!anyCategory) {
            query.setParameter("c", event.getCategoryId());
        }
        List<Event> near = query
                .setParameter("id", event.getId())
                .setParameter("from", event.getReportedAt().minus(window))
                .setParameter("to", event.getReportedAt().plus(window))
                .setParameter("gone", List.of(EventState.MERGED, EventState.CANCELLED))
                .getResultList();
        return near.stream()
                .map(x -> new DuplicateCandidate(x.getId(), x.getNumber(), x.getTitle(), x.getState(),
                        Wgs84.distanceMeters(p.getX(), p.getY(), x.getLocation().getX(), x.getLocation().getY()),
                        x.getReportedAt(), x.getVersion(), x.getWording()))
                .filter(c -> c.distanceMeters() <= meters)
                .sorted(Comparator.comparingDouble(DuplicateCandidate::distanceMeters))
                .toList();
    }
}
