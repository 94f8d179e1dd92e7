package org.gridcommand.domain.taxonomy;

/** The three tiers of the event taxonomy: 大类 → 小类 → 事项. */
public enum CategoryTier {
    /** 大类 */
    MAJOR,
    /** 小类 */
    MINOR,
    /** 事项 — the tier that carries the handling rule and time limits. */
    ITEM
}
