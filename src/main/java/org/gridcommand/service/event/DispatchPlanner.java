package org.gridcommand.service.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.DispatchPolicy;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Phrase;
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
            return DispatchProposal.none(Phrase.of("basis.notClassified"));
        }
        List<String> areaCodes = Stream.of(event.getStreetId(), event.getCommunityId(), event.getGridId(),
                        event.getMicroGridId())
                .filter(Objects::nonNull)
                .map(id -> s.get(Area.class, id)).filter(Objects::nonNull).map(Area::getCode).toList();
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
                }, returnedBy(s, event));
        return new DispatchProposal(a.lead() == null ? null : UnitRef.of(a.lead()),
                a.coHandlers().stream().map(UnitRef::of).toList(), a.basis(), a.avoided());
    }

    /** The unit that has just returned the event as not its duty (a returned event's latest RETURN line). */
    private static Unit returnedBy(Session s, Event event) {
        if (event.getState() != EventState.RETURNED) {
            return null;
        }
        Long unitId = s.createSelectionQuery("select t.unitId from EventTransition t where t.eventId = :id "
                        + "and t.action = 'RETURN' order by t.at desc, t.id desc", Long.class)
                .setParameter("id", event.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return unitId == null ? null : s.get(Unit.class, unitId);
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
