package org.gridcommand.service.demo;

import java.util.Map;

/** PLACEHOLDER until the generator branch lands. */
public record DemoSummary(Map<String, Long> counts, long millis) {
}
