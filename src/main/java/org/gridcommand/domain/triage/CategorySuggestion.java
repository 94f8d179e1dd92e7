package org.gridcommand.domain.triage;

/**
 * A 事项 a waiting report already points to: the category it arrived with, or the one an officer remembered for
 * its channel's own category ({@code remembered}).
 */
public record CategorySuggestion(String code, boolean remembered) {
}
