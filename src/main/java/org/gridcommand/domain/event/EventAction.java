package org.gridcommand.domain.event;

/** What a person does to an event. Each action is allowed from some states and leads to one state. */
public enum EventAction {
    /** 立案: classify and locate a reported event. */
    REGISTER(Words.NONE),
    /** 派遣 (also re-dispatch of a returned event). */
    DISPATCH(Words.NONE),
    /** 签收 */
    ACCEPT(Words.NONE),
    /** 派件退回: the unit says it is not its duty. */
    RETURN(Words.REASON),
    /** 开始处置 */
    START(Words.NONE),
    /** 处理反馈: the unit reports completion (what was done, in a note). */
    FEEDBACK(Words.NOTE),
    /** 核查通过 (what the grid worker found on site, in a note) */
    VERIFY(Words.NOTE),
    /** 核查不通过 → 返工 */
    REJECT(Words.REASON),
    /** 结案 */
    CLOSE(Words.NONE),
    /** a dissatisfied rating sends a closed event back to the unit */
    REOPEN(Words.REASON),
    /** 合并 into another event */
    MERGE(Words.REASON),
    /** 作废 */
    CANCEL(Words.REASON);

    /** What the person must write with the action. */
    public enum Words {
        /** nothing */
        NONE,
        /** why (returns, rejections, reopenings, merges and cancellations) */
        REASON,
        /** what was done or found (handling reports, on-site checks) */
        NOTE
    }

    private final Words words;

    EventAction(Words words) {
        this.words = words;
    }

    /** What the person must write with this action. */
    public Words words() {
        return words;
    }

    /** Whether the person must say why (returns, rejections, reopenings, merges and cancellations). */
    public boolean reasonRequired() {
        return words == Words.REASON;
    }
}
