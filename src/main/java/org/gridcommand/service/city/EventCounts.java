package org.gridcommand.service.city;

/** The two numbers a duty officer watches in the status bar. */
public record EventCounts(long open, long overdue) {
}
