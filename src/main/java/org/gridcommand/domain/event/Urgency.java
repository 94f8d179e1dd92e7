package org.gridcommand.domain.event;

/** How urgent an event is. */
public enum Urgency {
    NORMAL, URGENT, CRITICAL
}
