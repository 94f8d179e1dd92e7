package org.gridcommand.service.event;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.DispatchPolicy;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.hibernate.Session;

/**
 * Proposes who handles an event with {@link DispatchPolicy}, looking rules and units up in the database.
 */
final class DispatchPlanner {

    DispatchProposal propose(Session s, Event event) {
        return propose(s, event, event.getCategoryId() == null ? null : s.get(Category.class, event.getCategoryId()));
    }

    /** As if the event were classified as {@code category} (the triage desk asks before it registers). */
    DispatchProposal propose(Session s, Event event, Category category) {
        if (category == null) {
            return DispatchProposal.none("未分类，请先立案分类。 / Not classified yet: classify it first.");
        }
        List<String> areaCodes = Stream.of(event.getStreetId(), event.getCommunityId(), event.getGridId(),
                        event.getMicroGridId())
                .filter(java.util.Objects::nonNull)
                .map(id -> s.get(Area.class, id)).filter(java.util.Objects::nonNull).map(Area::getCode).toList();
        DispatchPolicy.Assignment a = DispatchPolicy.propose(category, areaCodes, event.getStreetId(),
                event.getCommunityId(), rulesFor(s, category.getCode()), new DispatchPolicy.Units() {
                    @Override
                    public Unit byCode(String code) {
                        return unitByCode(s, code);
                    }

                    @Override
                    public Unit serving(UnitKind kind, Long areaId) {
                        return unitServing(s, kind, areaId);
                    }
                });
        if (a.lead() == null) {
            return DispatchProposal.none(a.basis());
        }
        return new DispatchProposal(UnitRef.of(a.lead()), a.coHandlers().stream().map(UnitRef::of).toList(),
                a.basis());
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
}
