package org.gridcommand.domain.kpi;

import java.time.Instant;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Satisfaction;

/**
 * An event's own columns that the indicators use (案卷): where it came from, what and where it is, who leads it, its
 * deadlines and its rating. Its history lines add the rest ({@link EventHistoryFacts}).
 */
public record CaseFile(long id, Channel channel, Long itemId, Long minorId, Long majorId, Long unitId, Long streetId,
                       Long communityId, Long gridId, String reporter, Instant reportedAt, Instant responseDueAt,
                       Instant handlingDueAt, Satisfaction satisfaction) {
}
