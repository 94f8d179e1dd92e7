package org.gridcommand.domain.emergency;

/** An inventory movement: stock received, issued, reserved for an activation, or released back. */
public enum MovementKind {
    IN, OUT, RESERVED, RELEASED
}
