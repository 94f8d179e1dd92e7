package org.gridcommand.domain.resource;

/** Where an emergency team stands. */
public enum TeamStatus {
    AVAILABLE, COMMITTED, EN_ROUTE, ON_SITE, RESTING
}
