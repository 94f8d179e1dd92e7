package org.gridcommand.domain.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;

/**
 * Who handles an event (智能分拨), decided once for every path that dispatches — the console's proposal and the
 * bulk import: first the dispatch rules (data, most specific wins), then the difficulty of its 事项 — 难事 to the
 * category's district department, 大事 to the street's section with the community as co-handler, 小事 to the
 * community — then the category's default department. Callers say how units are found (a query, or a snapshot).
 */
public final class DispatchPolicy {
    /** How the caller looks units up. */
    public interface Units {
        /** The unit with this code, or null. */
        Unit byCode(String code);

        /** The unit of {@code kind} serving area {@code areaId} (the first by code), or null. */
        Unit serving(UnitKind kind, Long areaId);
    }

    /** The proposal: {@code lead} is null when nothing fits, and {@code basis} then says so. */
    public record Assignment(Unit lead, List<Unit> coHandlers, String basis) {
        public Assignment {
            coHandlers = List.copyOf(coHandlers);
        }
    }

    private DispatchPolicy() {
    }

    /**
     * @param areaCodes codes of the event's street, community, grid and micro-grid (those it has)
     * @param rules     candidate rules (at least those whose category code is a prefix of the category's)
     */
    public static Assignment propose(Category category, List<String> areaCodes, Long streetId, Long communityId,
                                     List<DispatchRule> rules, Units units) {
        Optional<DispatchRule> rule = DispatchRule.mostSpecific(rules, category.getCode(), areaCodes);
        if (rule.isPresent()) {
            Unit lead = units.byCode(rule.get().getLeadUnitCode());
            if (lead != null) {
                List<Unit> co = new ArrayList<>();
                for (String code : rule.get().getCoHandlerCodes()) {
                    Unit u = units.byCode(code);
                    if (u != null && !u.getId().equals(lead.getId())) {
                        co.add(u);
                    }
                }
                return new Assignment(lead, co, "分拨规则 / dispatch rule " + rule.get().getId() + describe(rule.get()));
            }
        }
        Difficulty difficulty = category.getDifficulty() == null ? Difficulty.SMALL : category.getDifficulty();
        Unit department = category.getDefaultUnitCode() == null ? null : units.byCode(category.getDefaultUnitCode());
        Unit community = units.serving(UnitKind.COMMUNITY, communityId);
        switch (difficulty) {
            case HARD -> {
                if (department != null) {
                    return new Assignment(department, List.of(), "难事 → 区级部门 / hard case → district department");
                }
            }
            case BIG -> {
                Unit section = units.serving(UnitKind.STREET_SECTION, streetId);
                if (section != null) {
                    return new Assignment(section, community == null ? List.of() : List.of(community),
                            "大事 → 街道板块 + 社区 / big case → street section with the community");
                }
            }
            case SMALL -> {
                if (community != null) {
                    return new Assignment(community, List.of(), "小事 → 社区 / small case → community-led");
                }
            }
        }
        if (department != null) {
            return new Assignment(department, List.of(),
                    "无属地单位，按事项默认部门 / no local unit: the category's default department");
        }
        return new Assignment(null, List.of(), "没有可用的分拨规则或属地单位，请人工派遣。 / No rule and no local unit "
                + "fits: choose the unit by hand.");
    }

    private static String describe(DispatchRule r) {
        return " (" + r.getCategoryCode() + (r.getAreaCodePrefix() == null ? "" : " @ " + r.getAreaCodePrefix())
                + (r.getNote() == null ? "" : ": " + r.getNote()) + ")";
    }
}
