package org.gridcommand.domain.drill;

import java.time.Instant;

/**
 * One step a player took in the drill city, as its audit trail recorded it: when (drill clock), who, what
 * ({@code kind}: an event action such as REGISTER or DISPATCH, ACTIVATE for a plan, or a stock movement OUT /
 * RESERVED / IN) and on what ({@code subject}: the event's number, the plan and level, the warehouse and item).
 */
public record TrailEntry(Instant at, String actor, String kind, String subject) {
}
