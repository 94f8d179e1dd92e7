package org.gridcommand.domain.taxonomy;

/** GB/T 30428 splits the taxonomy into components (部件) and events (事件). */
public enum CategoryKind {
    /** 部件: a thing in the street that is broken or missing (manhole cover, lamp…). */
    COMPONENT,
    /** 事件: something happening (illegal parking, garbage, a fire…). */
    EVENT
}
