package org.gridcommand.domain.emergency;

/**
 * An inventory movement: stock received, issued, reserved for an activation, released back, used up in a response
 * (booked at stand-down), or corrected by a stock take (counted more or less than the book said).
 */
public enum MovementKind {
    IN, OUT, RESERVED, RELEASED, CONSUMED, COUNT_UP, COUNT_DOWN;

    /** By how much the movement changes the quantity in the warehouse (reservations change only what is free). */
    public int signedQuantity(int quantity) {
        return switch (this) {
            case IN, COUNT_UP -> quantity;
            case OUT, CONSUMED, COUNT_DOWN -> -quantity;
            case RESERVED, RELEASED -> 0;
        };
    }
}
