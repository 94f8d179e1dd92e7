package org.gridcommand.domain.event;

/** The citizen's rating at the end of the loop. */
public enum Satisfaction {
    /** 满意 */ SATISFIED,
    /** 基本满意 */ BASICALLY_SATISFIED,
    /** 不满意 */ DISSATISFIED
}
