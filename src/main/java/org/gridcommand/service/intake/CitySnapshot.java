package org.gridcommand.service.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.DispatchPolicy;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.event.Location;
import org.gridcommand.store.Database;

/**
 * The reference data a bulk import decides with, read once: areas (as an in-memory locator), the taxonomy, the
 * units and the dispatch rules. It proposes the lead unit with the same {@link DispatchPolicy} as the console,
 * looking units up in memory instead of in the database.
 */
final class CitySnapshot {
    final IndexedAreaLocator locator;
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, Unit> unitsByCode = new HashMap<>();
    private final Map<String, Unit> serving = new HashMap<>();
    private final List<DispatchRule> rules;

    private CitySnapshot(List<Area> areas, List<Category> categories, List<Unit> units, List<DispatchRule> rules) {
        this.locator = new IndexedAreaLocator(areas);
        categories.forEach(c -> this.categories.put(c.getCode(), c));
        units.sort(Comparator.comparing(Unit::getCode));
        for (Unit u : units) {
            unitsByCode.put(u.getCode(), u);
            if (u.getAreaId() != null) {
                serving.putIfAbsent(u.getKind() + "@" + u.getAreaId(), u);
            }
        }
        this.rules = rules;
    }

    static CitySnapshot load(Database db) {
        // the areas through plain JDBC and WKB: decoding ~8,600 polygons through the ORM cost a tenth of a whole
        // 100,000-ticket import (measured with JFR on the intake bench)
        List<Area> areas = new CityService(db, Clock.systemUTC()).areas();
        return db.transactStateless(s -> new CitySnapshot(areas,
                s.createSelectionQuery("from Category", Category.class).getResultList(),
                new ArrayList<>(s.createSelectionQuery("from Unit", Unit.class).getResultList()),
                s.createSelectionQuery("from DispatchRule", DispatchRule.class).getResultList()));
    }

    Category category(String code) {
        return code == null ? null : categories.get(code.strip());
    }

    DispatchPolicy.Assignment propose(Category category, Location where) {
        List<String> areaCodes = Stream.of(where.streetId(), where.communityId(), where.gridId(),
                where.microGridId()).filter(Objects::nonNull).map(locator::code).filter(Objects::nonNull).toList();
        return DispatchPolicy.propose(category, areaCodes, where.streetId(), where.communityId(), rules,
                new DispatchPolicy.Units() {
                    @Override
                    public Unit byCode(String code) {
                        return unitsByCode.get(code);
                    }

                    @Override
                    public Unit serving(UnitKind kind, Long areaId) {
                        return CitySnapshot.this.serving(kind, areaId);
                    }
                });
    }

    private Unit serving(UnitKind kind, Long areaId) {
        return areaId == null ? null : serving.get(kind + "@" + areaId);
    }
}
