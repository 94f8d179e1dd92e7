package org.gridcommand.service.event;

import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;

/** A unit as the dispatch screens show it. */
public record UnitRef(long id, String code, String name, UnitKind kind) {
    static UnitRef of(Unit u) {
        return new UnitRef(u.getId(), u.getCode(), u.getName(), u.getKind());
    }
}
