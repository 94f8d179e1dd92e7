package org.gridcommand.bench.emergency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.nearest.Neighbour;
import org.gridcommand.service.resources.ExpertSnapshot;
import org.gridcommand.service.resources.ResourceFinder;
import org.gridcommand.service.resources.ResourceSnapshot;
import org.gridcommand.service.resources.StockSnapshot;
import org.gridcommand.service.resources.TeamSnapshot;

/**
 * The plain way: measure the distance to every resource, sort, walk. Kept as the baseline the activation bench
 * compares the index against, and as a cross-check in tests (both must give the same proposal).
 */
public final class ResourceScan implements ResourceFinder {
    private final ResourceSnapshot snapshot;

    public ResourceScan(ResourceSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Iterator<Neighbour<StockSnapshot>> availableStock(String itemCode, double lon, double lat) {
        return scan(snapshot.stock(), s -> s.itemCode().equals(itemCode) && s.available() > 0,
                StockSnapshot::lon, StockSnapshot::lat, lon, lat);
    }

    @Override
    public Iterator<Neighbour<TeamSnapshot>> availableTeams(String skill, double lon, double lat) {
        return scan(snapshot.teams(), t -> t.isAvailable() && t.hasSkill(skill), TeamSnapshot::lon,
                TeamSnapshot::lat, lon, lat);
    }

    @Override
    public Iterator<Neighbour<ExpertSnapshot>> availableExperts(String field, double lon, double lat) {
        return scan(snapshot.experts(), e -> e.available() && e.field().equals(field), ExpertSnapshot::lon,
                ExpertSnapshot::lat, lon, lat);
    }

    @Override
    public ResourceSnapshot snapshot() {
        return snapshot;
    }

    private static <T> Iterator<Neighbour<T>> scan(List<T> all, Predicate<T> keep, ToDoubleFunction<T> lonOf,
                                                   ToDoubleFunction<T> latOf, double lon, double lat) {
        List<Neighbour<T>> found = new ArrayList<>();
        for (T t : all) {
            if (keep.test(t)) {
                double x = lonOf.applyAsDouble(t);
                double y = latOf.applyAsDouble(t);
                found.add(new Neighbour<>(t, x, y, Wgs84.distanceMeters(lon, lat, x, y)));
            }
        }
        found.sort(Comparator.comparingDouble(Neighbour::distanceMeters));
        return found.iterator();
    }
}
