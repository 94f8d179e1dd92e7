package org.gridcommand.service.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.hibernate.Session;

/**
 * Proposes who handles an event: first the dispatch rules (data, most specific wins), then the difficulty of its
 * 事项 — 难事 to the category's district department, 大事 to the street's section with the community as
 * co-handler, 小事 to the community.
 */
final class DispatchPlanner {

    DispatchProposal propose(Session s, Event event) {
        Category category = event.getCategoryId() == null ? null : s.get(Category.class, event.getCategoryId());
        if (category == null) {
            return DispatchProposal.none("未分类，请先立案分类。 / Not classified yet: classify it first.");
        }
        List<String> areaCodes = Stream.of(event.getStreetId(), event.getCommunityId(), event.getGridId(),
                        event.getMicroGridId())
                .filter(java.util.Objects::nonNull)
                .map(id -> s.get(Area.class, id)).filter(java.util.Objects::nonNull).map(Area::getCode).toList();
        Optional<DispatchRule> rule = DispatchRule.mostSpecific(rulesFor(s, category.getCode()),
                category.getCode(), areaCodes);
        if (rule.isPresent()) {
            Unit lead = unitByCode(s, rule.get().getLeadUnitCode());
            if (lead != null) {
                List<UnitRef> co = new ArrayList<>();
                for (String code : rule.get().getCoHandlerCodes()) {
                    Unit u = unitByCode(s, code);
                    if (u != null && !u.getId().equals(lead.getId())) {
                        co.add(UnitRef.of(u));
                    }
                }
                return new DispatchProposal(UnitRef.of(lead), co, "分拨规则 / dispatch rule " + rule.get().getId()
                        + describe(rule.get()));
            }
        }
        return byDifficulty(s, event, category);
    }

    private DispatchProposal byDifficulty(Session s, Event event, Category category) {
        Difficulty difficulty = category.getDifficulty() == null ? Difficulty.SMALL : category.getDifficulty();
        Unit department = category.getDefaultUnitCode() == null ? null : unitByCode(s, category.getDefaultUnitCode());
        Unit community = unitServing(s, UnitKind.COMMUNITY, event.getCommunityId());
        switch (difficulty) {
            case HARD -> {
                if (department != null) {
                    return new DispatchProposal(UnitRef.of(department), List.of(), "难事 → 区级部门 / hard case → "
                            + "district department");
                }
            }
            case BIG -> {
                Unit section = unitServing(s, UnitKind.STREET_SECTION, event.getStreetId());
                if (section != null) {
                    return new DispatchProposal(UnitRef.of(section),
                            community == null ? List.of() : List.of(UnitRef.of(community)),
                            "大事 → 街道板块 + 社区 / big case → street section with the community");
                }
            }
            case SMALL -> {
                if (community != null) {
                    return new DispatchProposal(UnitRef.of(community), List.of(),
                            "小事 → 社区 / small case → community-led");
                }
            }
        }
        if (department != null) {
            return new DispatchProposal(UnitRef.of(department), List.of(),
                    "无属地单位，按事项默认部门 / no local unit: the category's default department");
        }
        return DispatchProposal.none("没有可用的分拨规则或属地单位，请人工派遣。 / No rule and no local unit fits: "
                + "choose the unit by hand.");
    }

    /** Only the rules whose category code is a prefix of {@code code}: an indexed IN over its prefixes. */
    private static List<DispatchRule> rulesFor(Session s, String code) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i <= code.length(); i++) {
            prefixes.add(code.substring(0, i));
        }
        return s.createSelectionQuery("from DispatchRule r where r.categoryCode in :p", DispatchRule.class)
                .setParameter("p", prefixes).getResultList();
    }

    static Unit unitByCode(Session s, String code) {
        return s.createSelectionQuery("from Unit u where u.code = :c", Unit.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    /** The unit of {@code kind} serving area {@code areaId} (the first by code when a street has several). */
    static Unit unitServing(Session s, UnitKind kind, Long areaId) {
        if (areaId == null) {
            return null;
        }
        return s.createSelectionQuery("from Unit u where u.kind = :k and u.areaId = :a order by u.code", Unit.class)
                .setParameter("k", kind).setParameter("a", areaId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private static String describe(DispatchRule r) {
        return " (" + r.getCategoryCode() + (r.getAreaCodePrefix() == null ? "" : " @ " + r.getAreaCodePrefix())
                + (r.getNote() == null ? "" : ": " + r.getNote()) + ")";
    }
}
