package org.gridcommand.domain.shift;

/** Where a request to swap a shift stands: waiting for the 值班长, approved (the roster changed) or refused. */
public enum SwapStatus {
    PENDING, APPROVED, REFUSED
}
