package org.gridcommand.domain.emergency;

/** What one line of an activation is: a unit's task, reserved supplies, a team, or an expert. */
public enum LineKind {
    TASK, ITEM, TEAM, EXPERT
}
