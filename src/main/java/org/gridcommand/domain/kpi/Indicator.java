package org.gridcommand.domain.kpi;

import java.util.Locale;

/**
 * The catalogue of indicators (考核指标), defined once: each count says which events it counts, each rate which two
 * counts it divides, as a percentage. docs/indicators.md is the same catalogue in words. A count's events are also
 * "the events behind the figure" that the statistics tab opens.
 */
public enum Indicator {
    INTAKE("受理数", "Reports received", Kind.COUNT, CaseRules::reported),
    REGISTERED("立案数", "Registered", Kind.COUNT, CaseRules::registered),
    CANCELLED("作废数", "Cancelled", Kind.COUNT, (f, s) -> CaseRules.registered(f, s) && f.cancelled()),
    ACCURATELY_REGISTERED("准确立案数", "Accurately registered", Kind.COUNT,
            (f, s) -> CaseRules.registered(f, s) && !f.cancelled()),
    REGISTERED_ON_TIME("按时立案数", "Registered on time", Kind.COUNT, CaseRules::registeredOnTime),
    DISPATCHED("派遣数", "Dispatched", Kind.COUNT, CaseRules::dispatched),
    DISPATCHED_IN_TIME("及时派遣数", "Dispatched in time", Kind.COUNT, CaseRules::dispatchedInTime),
    RETURNED("返回数", "Returned by the unit", Kind.COUNT, (f, s) -> CaseRules.dispatched(f, s) && f.returned()),
    DUE("应结案数", "Due for closure", Kind.COUNT, CaseRules::due),
    HANDLED_ON_TIME("按期处置数", "Handled on time", Kind.COUNT, CaseRules::handledOnTime),
    CLOSED("结案数", "Closed", Kind.COUNT, CaseRules::closed),
    CLOSED_ON_TIME("按期结案数", "Closed on time", Kind.COUNT,
            (f, s) -> CaseRules.closed(f, s) && CaseRules.handledOnTime(f, s)),
    OVERDUE("超期数", "Overdue", Kind.COUNT, (f, s) -> CaseRules.due(f, s) && !CaseRules.handledOnTime(f, s)),
    REWORKED("返工数", "Reworked", Kind.COUNT, (f, s) -> CaseRules.due(f, s) && f.reworked()),
    SUPERVISIONS("督办数", "Supervisions", Kind.COUNT, null),
    RATED("回访数", "Rated by citizens", Kind.COUNT, (f, s) -> CaseRules.rated(f)),
    SATISFIED("满意数", "Satisfied or basically satisfied", Kind.COUNT, (f, s) -> CaseRules.satisfied(f)),
    GRID_WORKER_REPORTS("网格员上报数", "Reports by grid workers", Kind.COUNT, CaseRules::byGridWorker),
    VALID_GRID_WORKER_REPORTS("有效上报数", "Valid reports by grid workers", Kind.COUNT,
            CaseRules::validGridWorkerReport),
    OTHER_CHANNEL_REPORTS("其他渠道发现数", "Found by other channels", Kind.COUNT, CaseRules::notByGridWorker),
    CHECKED("核查数", "Checked on site", Kind.COUNT, CaseRules::checked),
    CHECKED_ON_TIME("按时核查数", "Checked on time", Kind.COUNT, CaseRules::checkedOnTime),
    HANDLED_WITH_TIME("计时处置数", "Handled (timed)", Kind.COUNT, CaseRules::handledWithTime),

    ON_TIME_REGISTRATION_RATE("按时立案率", "On-time registration rate", REGISTERED_ON_TIME, REGISTERED, false),
    TIMELY_DISPATCH_RATE("及时派遣率", "Timely dispatch rate", DISPATCHED_IN_TIME, DISPATCHED, false),
    DISPATCH_ACCURACY_RATE("派遣准确率", "Dispatch accuracy rate", RETURNED, DISPATCHED, true),
    ON_TIME_HANDLING_RATE("按期处置率", "On-time handling rate", HANDLED_ON_TIME, DUE, false),
    CLOSURE_RATE("结案率", "Closure rate", CLOSED, DUE, false),
    ON_TIME_CLOSURE_RATE("按期结案率", "On-time closure rate", CLOSED_ON_TIME, DUE, false),
    REWORK_RATE("返工率", "Rework rate", REWORKED, DUE, false),
    SATISFACTION_RATE("满意率", "Satisfaction rate", SATISFIED, RATED, false),
    VALID_REPORT_RATE("有效上报率", "Valid report rate", VALID_GRID_WORKER_REPORTS, GRID_WORKER_REPORTS, false),
    MISSED_REPORT_RATE("漏报率", "Missed report rate", OTHER_CHANNEL_REPORTS, INTAKE, false),
    ON_TIME_CHECK_RATE("按时核查率", "On-time check rate", CHECKED_ON_TIME, CHECKED, false),

    AVERAGE_HANDLING_HOURS("平均处置时长", "Average handling time", Kind.HOURS, CaseRules::handledWithTime);

    /** What an indicator's value is. */
    public enum Kind {
        /** a number of events (or of 督办 lines) */
        COUNT,
        /** a percentage, 0–100 */
        RATE,
        /** working hours (on the working calendar), averaged */
        HOURS
    }

    /** Which events an indicator counts, for a period as of a moment. */
    @FunctionalInterface
    public interface Rule {
        boolean counts(EventFacts facts, Scope scope);
    }

    private final String chinese;
    private final String english;
    private final Kind kind;
    private final Rule rule;
    private final Indicator numerator;
    private final Indicator denominator;
    private final boolean complement;

    Indicator(String chinese, String english, Kind kind, Rule rule) {
        this.chinese = chinese;
        this.english = english;
        this.kind = kind;
        this.rule = rule;
        this.numerator = null;
        this.denominator = null;
        this.complement = false;
    }

    /** A rate: {@code numerator / denominator} in percent, or {@code 1 − numerator / denominator} if complement. */
    Indicator(String chinese, String english, Indicator numerator, Indicator denominator, boolean complement) {
        this.chinese = chinese;
        this.english = english;
        this.kind = Kind.RATE;
        this.rule = null;
        this.numerator = numerator;
        this.denominator = denominator;
        this.complement = complement;
    }

    public Kind kind() {
        return kind;
    }

    /** e.g. 按期结案率 */
    public String chinese() {
        return chinese;
    }

    /** e.g. "On-time closure rate" */
    public String english() {
        return english;
    }

    /** The name in the language of {@code locale} (Chinese unless English). */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }

    /** How much the event adds to this count (督办数 counts the lines within the period; the others 0 or 1). */
    public int count(EventFacts facts, Scope scope) {
        if (this == SUPERVISIONS) {
            return facts.supervisions();
        }
        Rule r = kind == Kind.RATE ? denominator.rule : rule;
        return r.counts(facts, scope) ? 1 : 0;
    }

    /** True when the event is one of those behind this figure (a rate: those of its denominator). */
    public boolean isBehind(EventFacts facts, Scope scope) {
        return count(facts, scope) > 0;
    }

    /** The count on top of a rate; null for counts. */
    public Indicator numerator() {
        return numerator;
    }

    /** The count a rate divides by; null for counts. */
    public Indicator denominator() {
        return denominator;
    }

    /** True for a rate that is 1 minus the share (派遣准确率 = 1 − 返回数 / 派遣数). */
    public boolean complement() {
        return complement;
    }

    /** The code used on the command line and in files: lower case with underscores (e.g. closure_rate). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The indicator with {@code code} (as {@link #code()} writes it, any case). */
    public static Indicator ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
