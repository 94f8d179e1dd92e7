package org.gridcommand.domain.shift;

import java.time.Instant;
import java.time.LocalDate;

/** 换班: {@code from} asks to hand the shift of {@code date} to {@code to}; the 值班长 decides. */
public record SwapRequest(long id, LocalDate date, String shiftCode, String from, String to, String reason,
                          Instant requestedAt, SwapStatus status, String decidedBy, Instant decidedAt) {
}
