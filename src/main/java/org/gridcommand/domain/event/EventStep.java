package org.gridcommand.domain.event;

/**
 * Every kind of line in an event's history: the state-changing {@link EventAction}s (same names) plus the steps
 * that leave the state as it is (report, supervision, rating, a note on a merge target). The name is what
 * {@link EventTransition#getAction()} stores.
 */
public enum EventStep {
    REPORT("上报", "reported"),
    REGISTER("立案", "registered"),
    DISPATCH("派遣", "dispatched"),
    ACCEPT("签收", "accepted"),
    RETURN("退回", "returned"),
    START("开始处置", "started"),
    FEEDBACK("处理反馈", "reported as handled"),
    VERIFY("核查通过", "verified"),
    REJECT("核查不通过", "sent back for rework"),
    CLOSE("结案", "closed"),
    REOPEN("重新办理", "reopened"),
    MERGE("合并", "merged"),
    CANCEL("作废", "cancelled"),
    SUPERVISE("督办", "supervised"),
    RATE("评价", "rated"),
    NOTE("备注", "noted");

    private final String chinese;
    private final String englishPast;

    EventStep(String chinese, String englishPast) {
        this.chinese = chinese;
        this.englishPast = englishPast;
    }

    /** The history line for a state-changing action. */
    public static EventStep of(EventAction action) {
        return valueOf(action.name());
    }

    /** The step stored as {@code name}, or NOTE for a name this version does not know (newer consoles). */
    public static EventStep parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return NOTE;
        }
    }

    /** e.g. 派遣 */
    public String chinese() {
        return chinese;
    }

    /** e.g. "dispatched", for "already dispatched by 李娜 at 10:42". */
    public String englishPast() {
        return englishPast;
    }
}
