package org.gridcommand.domain.triage;

import java.time.Instant;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Urgency;

/**
 * A report waiting at the triage desk (已上报, not yet registered), as the duty officer sees it in the list.
 *
 * @param version          the event's version when read: every action on it carries this, so a change made
 *                         meanwhile on another console is refused instead of overwritten
 * @param externalCategory what the sending system called it (a hotline's own category), or null
 * @param suggestion       a 事项 the report already points to, or null
 * @param attachments      how many photos and documents it has
 * @param acknowledged     who acknowledged the alarm of this report, or null
 * @param wording          what the title and description say when the system wrote them (a plan's task), as
 *                         stored for each console to word in its language; null for a reporter's own words
 */
public record WaitingReport(long id, long version, String number, String title, String description,
                            Channel channel, Urgency urgency, Instant reportedAt, String reporter, ReportPlace place,
                            String externalCategory, CategorySuggestion suggestion, int attachments,
                            Acknowledgement acknowledged, String wording) {

    /** True for a 特急 report whose alarm nobody has acknowledged yet. */
    public boolean alarming() {
        return urgency == Urgency.CRITICAL && acknowledged == null;
    }
}
