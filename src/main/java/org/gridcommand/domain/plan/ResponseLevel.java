package org.gridcommand.domain.plan;

/** Response levels: I is the most severe (特别重大), IV the least (一般). */
public enum ResponseLevel {
    I, II, III, IV
}
