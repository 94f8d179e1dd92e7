package org.gridcommand.service.emergency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.store.Database;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Reads every unit with the boundary of the area it serves, in one transaction. */
final class UnitReader {
    private UnitReader() {
    }

    static List<ServingUnit> read(Database database) {
        return database.transact(s -> {
            List<Unit> units = s.createSelectionQuery("from Unit", Unit.class).getResultList();
            List<Long> areaIds = units.stream().map(Unit::getAreaId).filter(Objects::nonNull).distinct()
                    .toList();
            Map<Long, Geometry> boundaries = new HashMap<>();
            if (!areaIds.isEmpty()) {
                for (Area a : s.createSelectionQuery("from Area a where a.id in :ids", Area.class)
                        .setParameter("ids", areaIds).getResultList()) {
                    boundaries.put(a.getId(), a.getBoundary());
                }
            }
            List<ServingUnit> out = new ArrayList<>();
            for (Unit u : units) {
                Geometry g = u.getAreaId() == null ? null : boundaries.get(u.getAreaId());
                // a district-level area covers everything: treat it like "no limit" so every area intersects
                boolean wholeDistrict = g == null || u.getLevel() == AreaLevel.DISTRICT;
                Point inside = wholeDistrict ? null : g.getInteriorPoint();
                out.add(new ServingUnit(u.getId(), u.getCode(), u.getName(), u.getKind(), wholeDistrict ? null : g,
                        inside == null ? Double.NaN : inside.getX(), inside == null ? Double.NaN : inside.getY()));
            }
            return out;
        });
    }
}
