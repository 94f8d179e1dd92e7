package org.gridcommand.service.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.service.event.Location;
import org.gridcommand.store.Database;

/**
 * The reference data a bulk import decides with, read once: areas (as an in-memory locator), the taxonomy, the
 * units and the dispatch rules. It proposes a lead unit exactly as the console's dispatch planner does — the
 * most specific dispatch rule first, then the 事项's difficulty (难事 → its district department, 大事 → the
 * street section with the community as co-handler, 小事 → the community), then the category's default department.
 */
final class CitySnapshot {
    /** A lead unit and its co-handlers, with why; {@code lead} is null when nothing fits. */
    record Proposal(Unit lead, List<Unit> coHandlers, String reason) {
    }

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
        return db.transactStateless(s -> new CitySnapshot(
                s.createSelectionQuery("from Area", Area.class).getResultList(),
                s.createSelectionQuery("from Category", Category.class).getResultList(),
                new ArrayList<>(s.createSelectionQuery("from Unit", Unit.class).getResultList()),
                s.createSelectionQuery("from DispatchRule", DispatchRule.class).getResultList()));
    }

    Category category(String code) {
        return code == null ? null : categories.get(code.strip());
    }

    Proposal propose(Category category, Location where) {
        List<String> areaCodes = Stream.of(where.streetId(), where.communityId(), where.gridId(),
                where.microGridId()).filter(Objects::nonNull).map(locator::code).filter(Objects::nonNull).toList();
        Optional<DispatchRule> rule = DispatchRule.mostSpecific(rules, category.getCode(), areaCodes);
        if (rule.isPresent() && unitsByCode.containsKey(rule.get().getLeadUnitCode())) {
            Unit lead = unitsByCode.get(rule.get().getLeadUnitCode());
            List<Unit> co = rule.get().getCoHandlerCodes().stream().map(unitsByCode::get).filter(Objects::nonNull)
                    .filter(u -> !u.getId().equals(lead.getId())).toList();
            return new Proposal(lead, co, "分拨规则 / dispatch rule " + rule.get().getId());
        }
        Difficulty difficulty = category.getDifficulty() == null ? Difficulty.SMALL : category.getDifficulty();
        Unit department = category.getDefaultUnitCode() == null ? null : unitsByCode.get(category.getDefaultUnitCode());
        Unit community = serving(UnitKind.COMMUNITY, where.communityId());
        switch (difficulty) {
            case HARD -> {
                if (department != null) {
                    return new Proposal(department, List.of(), "难事 → 区级部门 / hard case → district department");
                }
            }
            case BIG -> {
                Unit section = serving(UnitKind.STREET_SECTION, where.streetId());
                if (section != null) {
                    return new Proposal(section, community == null ? List.of() : List.of(community),
                            "大事 → 街道板块 + 社区 / big case → street section with the community");
                }
            }
            case SMALL -> {
                if (community != null) {
                    return new Proposal(community, List.of(), "小事 → 社区 / small case → community-led");
                }
            }
        }
        if (department != null) {
            return new Proposal(department, List.of(), "无属地单位，按事项默认部门 / the category's default department");
        }
        return new Proposal(null, List.of(), "没有可用的分拨规则或属地单位 / no rule and no local unit fits");
    }

    private Unit serving(UnitKind kind, Long areaId) {
        return areaId == null ? null : serving.get(kind + "@" + areaId);
    }
}
