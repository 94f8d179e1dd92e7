package org.gridcommand.domain.emergency;

/** How the commander gave the affected area. */
public enum AreaKind {
    CIRCLE, POLYGON, BUFFER, AREAS
}
