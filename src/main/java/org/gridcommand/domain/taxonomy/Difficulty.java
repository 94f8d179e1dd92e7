package org.gridcommand.domain.taxonomy;

import org.gridcommand.domain.unit.UnitKind;

/** How hard a case is, which decides who leads it (难事 / 大事 / 小事). */
public enum Difficulty {
    /** 难事 — goes to a district department. */
    HARD(UnitKind.DISTRICT_DEPARTMENT),
    /** 大事 — goes to the street, with the community. */
    BIG(UnitKind.STREET_SECTION),
    /** 小事 — the community leads. */
    SMALL(UnitKind.COMMUNITY);

    private final UnitKind leadKind;

    Difficulty(UnitKind leadKind) {
        this.leadKind = leadKind;
    }

    /** The kind of unit that leads a case of this difficulty by default. */
    public UnitKind leadKind() {
        return leadKind;
    }
}
