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

    /**
     * The proposal: {@code lead} is null when nothing fits, and {@code basis} then says so. {@code avoided} names
     * the unit that was left out because it had just returned the event (null when none was).
     */
    public record Assignment(Unit lead, List<Unit> coHandlers, Phrase basis, Phrase avoided) {
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
        return propose(category, areaCodes, streetId, communityId, rules, units, null);
    }

    /**
     * As above, but never proposes {@code returnedBy} (the unit that just returned the event as not its duty): the
     * next fitting unit is proposed instead, and {@link Assignment#avoided()} says which unit was left out.
     */
    public static Assignment propose(Category category, List<String> areaCodes, Long streetId, Long communityId,
                                     List<DispatchRule> rules, Units units, Unit returnedBy) {
        Assignment a = choose(category, areaCodes, streetId, communityId, rules, skipping(units, returnedBy));
        Phrase avoided = returnedBy == null ? null : Phrase.of("basis.avoided", returnedBy.getName());
        return new Assignment(a.lead(), a.coHandlers(), a.basis(), avoided);
    }

    private static Assignment choose(Category category, List<String> areaCodes, Long streetId, Long communityId,
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
                DispatchRule r = rule.get();
                return new Assignment(lead, co, Phrase.of("basis.rule", r.getId(), r.getCategoryCode(),
                        r.getAreaCodePrefix() == null ? "" : r.getAreaCodePrefix(),
                        r.getNote() == null ? "" : r.getNote()), null);
            }
        }
        Difficulty difficulty = category.getDifficulty() == null ? Difficulty.SMALL : category.getDifficulty();
        Unit department = category.getDefaultUnitCode() == null ? null : units.byCode(category.getDefaultUnitCode());
        Unit community = units.serving(UnitKind.COMMUNITY, communityId);
        switch (difficulty) {
            case HARD -> {
                if (department != null) {
                    return new Assignment(department, List.of(), Phrase.of("basis.hard"), null);
                }
            }
            case BIG -> {
                Unit section = units.serving(UnitKind.STREET_SECTION, streetId);
                if (section != null) {
                    return new Assignment(section, community == null ? List.of() : List.of(community),
                            Phrase.of("basis.big"), null);
                }
            }
            case SMALL -> {
                if (community != null) {
                    return new Assignment(community, List.of(), Phrase.of("basis.small"), null);
                }
            }
        }
        if (department != null) {
            return new Assignment(department, List.of(), Phrase.of("basis.department"), null);
        }
        return new Assignment(null, List.of(), Phrase.of("basis.none"), null);
    }

    /** The units as the caller finds them, without {@code left} (null: all of them). */
    private static Units skipping(Units units, Unit left) {
        if (left == null) {
            return units;
        }
        return new Units() {
            @Override
            public Unit byCode(String code) {
                Unit u = units.byCode(code);
                return u == null || u.getId().equals(left.getId()) ? null : u;
            }

            @Override
            public Unit serving(UnitKind kind, Long areaId) {
                Unit u = units.serving(kind, areaId);
                return u == null || u.getId().equals(left.getId()) ? null : u;
            }
        };
    }
}
