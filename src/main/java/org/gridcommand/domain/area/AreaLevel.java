package org.gridcommand.domain.area;

/** The administrative hierarchy, from the whole district down to the micro-grid of 50–80 households. */
public enum AreaLevel {
    /** 区 */
    DISTRICT,
    /** 镇街 street / town */
    STREET,
    /** 社区 / 村 community / village */
    COMMUNITY,
    /** 网格 (300–500 households) */
    GRID,
    /** 微网格 (50–80 households) */
    MICRO_GRID;

    /** The level directly below, or {@code null} for the micro-grid. */
    public AreaLevel child() {
        return this == MICRO_GRID ? null : values()[ordinal() + 1];
    }

    /** The level directly above, or {@code null} for the district. */
    public AreaLevel parent() {
        return this == DISTRICT ? null : values()[ordinal() - 1];
    }
}
