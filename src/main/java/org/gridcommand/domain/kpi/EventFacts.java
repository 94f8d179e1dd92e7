package org.gridcommand.domain.kpi;

import java.time.Instant;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Satisfaction;

/**
 * What the indicators need to know about one event, read from its history as it stood at {@code asOf} for one
 * period: when it was registered, first dispatched, last handled, checked and closed, and whether it was returned,
 * reworked, cancelled, merged or deferred (缓办). Its place in each dimension comes from the event itself (its
 * lead unit, grid, category). Built by the database query of {@code store.kpi} or, for checks and the benchmark's
 * baseline, by {@link EventHistoryFacts} from the history lines one by one; both must agree.
 *
 * @param itemId          the 事项 (leaf of the taxonomy); {@code minorId} its 小类 and {@code majorId} its 大类
 * @param registeredBy    the officer who registered it (受理员)
 * @param handledAt       the last 处理反馈 by {@code asOf}
 * @param checkedAt       the last on-site check (核查: passed or sent back) by {@code asOf}
 * @param closedAt        when it was closed, if it was closed at {@code asOf} (a reopened event is not)
 * @param supervisions    督办 lines within the period
 * @param ratedInPeriod   a 回访 rating was recorded within the period
 */
public record EventFacts(long id, Channel channel, Long itemId, Long minorId, Long majorId, Long unitId,
                         Long streetId, Long communityId, Long gridId, String reporter, String registeredBy,
                         Instant reportedAt, Instant registeredAt, Instant firstDispatchAt, Instant responseDueAt,
                         Instant handlingDueAt, Instant handledAt, Instant checkedAt, Instant closedAt,
                         boolean cancelled, boolean merged, boolean deferred, boolean returned, boolean reworked,
                         int supervisions, boolean ratedInPeriod, Satisfaction satisfaction) {
}
