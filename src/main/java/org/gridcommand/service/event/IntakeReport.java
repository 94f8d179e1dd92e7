package org.gridcommand.service.event;

import java.time.Instant;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Urgency;

/**
 * A report as it arrives from any channel. Only the channel and something to call it (title or description) are
 * required: an unknown or missing category sends it to triage (it stays REPORTED), missing coordinates leave it
 * unlocated, a missing time means "now" on the application clock, a missing urgency means NORMAL.
 *
 * @param externalId   the ticket / alarm id in the sending system; a second report with the same channel and
 *                     external id returns the event already recorded instead of creating another
 * @param categoryCode the 事项 code, or null when the sender does not know it
 * @param wording      for a report the system writes itself (a plan's task): what its title and description say,
 *                     as a phrase each console words in its language ({@code title} and {@code description} keep
 *                     one rendering for exports and search); null for a reporter's own words
 * @param sender       the sending system whose intake token carried it (the history's actor); null otherwise
 */
public record IntakeReport(Channel channel, String externalId, String categoryCode, String title,
                           String description, Double lon, Double lat, String address, String reporter,
                           Instant reportedAt, Urgency urgency, Phrase wording, String sender) {

    /** A report in the reporter's own words. */
    public IntakeReport(Channel channel, String externalId, String categoryCode, String title, String description,
                        Double lon, Double lat, String address, String reporter, Instant reportedAt,
                        Urgency urgency) {
        this(channel, externalId, categoryCode, title, description, lon, lat, address, reporter, reportedAt, urgency,
                null, null);
    }

    /** A report worded by {@code wording}, from no particular sending system. */
    public IntakeReport(Channel channel, String externalId, String categoryCode, String title, String description,
                        Double lon, Double lat, String address, String reporter, Instant reportedAt,
                        Urgency urgency, Phrase wording) {
        this(channel, externalId, categoryCode, title, description, lon, lat, address, reporter, reportedAt, urgency,
                wording, null);
    }

    /**
     * This report as sent by the sending system named {@code sender} (its intake token's name): the history's
     * report line names the system, whatever the body says; the reporter stays on the event as written.
     */
    public IntakeReport sentBy(String sender) {
        return new IntakeReport(channel, externalId, categoryCode, title, description, lon, lat, address, reporter,
                reportedAt, urgency, wording, sender);
    }

    /** This report, its title and description said by {@code phrase} (keys {@code title.…}, {@code description.…}). */
    public IntakeReport worded(Phrase phrase) {
        return new IntakeReport(channel, externalId, categoryCode, title, description, lon, lat, address, reporter,
                reportedAt, urgency, phrase, sender);
    }
}
