package org.gridcommand.domain.emergency;

/** What a plan needs: supplies from warehouses, team members with a skill, or experts in a field. */
public enum NeedKind {
    ITEM, TEAM, EXPERT
}
