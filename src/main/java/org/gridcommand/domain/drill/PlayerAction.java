package org.gridcommand.domain.drill;

import java.time.Duration;

/**
 * One scripted player action for a headless drill run: at a scenario time, what a player does in the ordinary
 * console. {@code inject} names the inject whose event it acts on (register, dispatch); {@code grid} the area of
 * an activation.
 */
public record PlayerAction(Duration at, ActionKind action, Integer inject, String category, String plan, String level,
                           String grid, String unit, String item, String warehouse, Integer quantity, String actor) {
}
