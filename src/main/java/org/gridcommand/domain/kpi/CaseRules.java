package org.gridcommand.domain.kpi;

import java.time.Duration;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Satisfaction;

/**
 * The rules behind the indicators' counts, one method per rule, so that each {@link Indicator} reads as its
 * definition. docs/indicators.md says the same in words.
 */
final class CaseRules {
    /** 按时立案: registered within this time of the report. */
    static final Duration REGISTRATION_LIMIT = Duration.ofHours(1);
    /** 按时核查: checked on site within this time of the unit's 处理反馈. */
    static final Duration CHECK_LIMIT = Duration.ofHours(4);

    private CaseRules() {
    }

    static boolean reported(EventFacts f, Scope s) {
        return s.within(f.reportedAt());
    }

    static boolean registered(EventFacts f, Scope s) {
        return f.registeredAt() != null && s.within(f.registeredAt());
    }

    static boolean registeredOnTime(EventFacts f, Scope s) {
        return registered(f, s) && !f.registeredAt().isAfter(f.reportedAt().plus(REGISTRATION_LIMIT));
    }

    static boolean dispatched(EventFacts f, Scope s) {
        return f.firstDispatchAt() != null && s.within(f.firstDispatchAt());
    }

    static boolean dispatchedInTime(EventFacts f, Scope s) {
        return dispatched(f, s) && (f.responseDueAt() == null || !f.firstDispatchAt().isAfter(f.responseDueAt()));
    }

    /**
     * 应结案: registered, its handling deadline fell within the period and has passed, and it was neither cancelled,
     * merged nor deferred (缓办).
     */
    static boolean due(EventFacts f, Scope s) {
        return f.handlingDueAt() != null && f.registeredAt() != null && s.within(f.handlingDueAt())
                && !f.cancelled() && !f.merged() && !f.deferred();
    }

    static boolean handledOnTime(EventFacts f, Scope s) {
        return due(f, s) && f.handledAt() != null && !f.handledAt().isAfter(f.handlingDueAt());
    }

    static boolean closed(EventFacts f, Scope s) {
        return due(f, s) && f.closedAt() != null;
    }

    static boolean handledWithTime(EventFacts f, Scope s) {
        return due(f, s) && f.handledAt() != null && f.firstDispatchAt() != null;
    }

    static boolean checked(EventFacts f, Scope s) {
        return f.checkedAt() != null && s.within(f.checkedAt()) && f.handledAt() != null
                && !f.checkedAt().isBefore(f.handledAt());
    }

    static boolean checkedOnTime(EventFacts f, Scope s) {
        return checked(f, s) && !f.checkedAt().isAfter(f.handledAt().plus(CHECK_LIMIT));
    }

    static boolean rated(EventFacts f) {
        return f.ratedInPeriod() && f.satisfaction() != null;
    }

    static boolean satisfied(EventFacts f) {
        return rated(f) && f.satisfaction() != Satisfaction.DISSATISFIED;
    }

    static boolean byGridWorker(EventFacts f, Scope s) {
        return reported(f, s) && f.channel() == Channel.GRID_WORKER;
    }

    static boolean notByGridWorker(EventFacts f, Scope s) {
        return reported(f, s) && f.channel() != Channel.GRID_WORKER;
    }

    static boolean validGridWorkerReport(EventFacts f, Scope s) {
        return byGridWorker(f, s) && f.registeredAt() != null && !f.cancelled();
    }
}
