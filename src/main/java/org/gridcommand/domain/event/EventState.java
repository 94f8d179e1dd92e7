package org.gridcommand.domain.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of the closed loop (闭环). Transitions between them are decided by
 * {@link EventStateMachine}, never by callers.
 */
public enum EventState {
    /** 信息收集: arrived, not yet registered (e.g. needs triage). */
    REPORTED("已上报", "reported"),
    /** 案卷建立: classified and located. */
    REGISTERED("已立案", "registered"),
    /** 任务派遣 */
    DISPATCHED("已派遣", "dispatched"),
    /** the unit accepted the task */
    ACCEPTED("已签收", "accepted"),
    /** 任务处理 */
    IN_PROGRESS("处置中", "in progress"),
    /** 处理反馈: the unit says it is done */
    HANDLED("已反馈", "handled"),
    /** 核查: verified on site */
    VERIFIED("已核查", "verified"),
    /** 结案 */
    CLOSED("已结案", "closed"),
    /** 派件退回: back at the center for re-dispatch */
    RETURNED("已退回", "returned"),
    /** 返工: failed verification, back to the unit */
    REWORK("返工", "in rework"),
    /** merged into another event */
    MERGED("已合并", "merged"),
    /** cancelled with a reason */
    CANCELLED("已作废", "cancelled");

    private final String chinese;
    private final String english;

    EventState(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The state as officers say it, e.g. 已派遣. */
    public String chinese() {
        return chinese;
    }

    /** The state in plain English, e.g. "dispatched". */
    public String english() {
        return english;
    }

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
