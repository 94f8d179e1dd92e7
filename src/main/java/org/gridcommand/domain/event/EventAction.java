package org.gridcommand.domain.event;

/** What a person does to an event. Each action is allowed from some states and leads to one state. */
public enum EventAction {
    /** 立案: classify and locate a reported event. */
    REGISTER(false),
    /** 派遣 (also re-dispatch of a returned event). */
    DISPATCH(false),
    /** 签收 */
    ACCEPT(false),
    /** 派件退回: the unit says it is not its duty. */
    RETURN(true),
    /** 开始处置 */
    START(false),
    /** 处理反馈: the unit reports completion. */
    FEEDBACK(false),
    /** 核查通过 */
    VERIFY(false),
    /** 核查不通过 → 返工 */
    REJECT(true),
    /** 结案 */
    CLOSE(false),
    /** a dissatisfied rating sends a closed event back to the unit */
    REOPEN(true),
    /** 合并 into another event */
    MERGE(true),
    /** 作废 */
    CANCEL(true);

    private final boolean reasonRequired;

    EventAction(boolean reasonRequired) {
        this.reasonRequired = reasonRequired;
    }

    /** The action in plain English, for messages ("Cannot dispatch an event that is closed"). */
    public String verb() {
        return switch (this) {
            case FEEDBACK -> "report as handled";
            case REJECT -> "send back for rework";
            case RETURN -> "return";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The action as officers say it, e.g. 派遣. */
    public String chinese() {
        return EventStep.of(this).chinese();
    }

    /** Whether the person must say why (returns, rejections, reopenings, merges and cancellations). */
    public boolean reasonRequired() {
        return reasonRequired;
    }
}
