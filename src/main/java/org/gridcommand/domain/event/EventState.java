package org.gridcommand.domain.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of the closed loop (闭环). Transitions between them are decided by
 * {@link EventStateMachine}, never by callers.
 */
public enum EventState {
    /** 信息收集: arrived, not yet registered (e.g. needs triage). */
    REPORTED,
    /** 案卷建立: classified and located. */
    REGISTERED,
    /** 任务派遣 */
    DISPATCHED,
    /** the unit accepted the task */
    ACCEPTED,
    /** 任务处理 */
    IN_PROGRESS,
    /** 处理反馈: the unit says it is done */
    HANDLED,
    /** 核查: verified on site */
    VERIFIED,
    /** 结案 */
    CLOSED,
    /** 派件退回: back at the center for re-dispatch */
    RETURNED,
    /** 返工: failed verification, back to the unit */
    REWORK,
    /** merged into another event */
    MERGED,
    /** cancelled with a reason */
    CANCELLED;

    private static final Set<EventState> FINAL = EnumSet.of(CLOSED, MERGED, CANCELLED);

    /** True for the states an event never leaves on its own (closed, merged, cancelled). */
    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** True while the event is open, i.e. someone still has to do something. */
    public boolean isOpen() {
        return !isFinal();
    }
}
