package org.gridcommand.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.locationtech.jts.geom.Point;

/**
 * An event (案件) in the closed loop. Its state only changes through {@link #apply}, which asks the state machine;
 * each change is also written to the append-only {@link EventTransition} history by the service that applies it.
 * The optimistic {@code version} turns two concurrent dispatches into one success and one clear refusal.
 */
@Entity
@Table(name = "event")
public class Event {
    @Id
    private Long id;

    /** Human-readable number, e.g. SJ20261124-000123. */
    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    /**
     * What the title and description say when the system wrote them (a plan's task), as a phrase in JSON that each
     * console words in its language; null when they are a reporter's own words. {@link #title} keeps a rendering
     * for exports and search.
     */
    @Column(length = 1000)
    private String wording;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "external_id", length = 80)
    private String externalId;

    @Column(name = "category_id")
    private Long categoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;

    private Point location;

    @Column(length = 300)
    private String address;

    @Column(name = "micro_grid_id")
    private Long microGridId;

    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "community_id")
    private Long communityId;

    @Column(name = "street_id")
    private Long streetId;

    @Column(name = "lead_unit_id")
    private Long leadUnitId;

    @Column(name = "reporter", length = 60)
    private String reporter;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "response_due_at")
    private Instant responseDueAt;

    @Column(name = "handling_due_at")
    private Instant handlingDueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Satisfaction satisfaction;

    @Column(name = "supervision_count")
    private int supervisionCount;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Placement placement;

    /** When the time limits started to run (registration); the yellow warning is a share of the limit. */
    @Column(name = "limit_started_at")
    private Instant limitStartedAt;

    /** 回访 of a closed event; null while none is due. */
    @Enumerated(EnumType.STRING)
    @Column(name = "return_visit", length = 12)
    private ReturnVisit returnVisit;

    /** Return-visit calls that reached nobody since the event was last closed. */
    @Column(name = "visit_tries")
    private int visitTries;

    @Version
    private long version;

    protected Event() {
    }

    public Event(long id, String number, String title, String description, Channel channel, Long categoryId,
                 Urgency urgency, Point location, String address, Instant reportedAt) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.description = description;
        this.channel = channel;
        this.categoryId = categoryId;
        this.urgency = urgency;
        this.location = location;
        this.address = address;
        this.reportedAt = reportedAt;
        this.state = EventState.REPORTED;
    }

    /**
     * Moves the event by {@code action}, as the state machine allows, and returns the state it left.
     *
     * @throws IllegalTransitionException when the action is not allowed now
     */
    public EventState apply(EventStateMachine machine, EventAction action, String reason, Instant at) {
        EventState from = state;
        state = machine.next(state, action, reason);
        if (state == EventState.CLOSED) {
            closedAt = at;
            // the reporter is called back after every closure, also after a rework
            returnVisit = ReturnVisit.dueFor(channel) ? ReturnVisit.PENDING : null;
            visitTries = 0;
        } else if (from == EventState.CLOSED) {
            closedAt = null;
        }
        return from;
    }

    /** Places the event in the hierarchy (any of the ids may be null when the point is outside every grid). */
    public void locate(Long microGrid, Long grid, Long community, Long street) {
        this.microGridId = microGrid;
        this.gridId = grid;
        this.communityId = community;
        this.streetId = street;
    }

    public void assignLeadUnit(Long unitId) { this.leadUnitId = unitId; }
    public void classify(Long newCategoryId) { this.categoryId = newCategoryId; }
    public void setDeadlines(Instant responseDue, Instant handlingDue) {
        setDeadlines(reportedAt, responseDue, handlingDue);
    }

    /** Starts the time limits at {@code started}: response and handling are due at the given instants. */
    public void setDeadlines(Instant started, Instant responseDue, Instant handlingDue) {
        this.limitStartedAt = started;
        this.responseDueAt = responseDue;
        this.handlingDueAt = handlingDue;
    }
    /** The reporter's rating: the return visit is done. */
    public void rate(Satisfaction rating) {
        this.satisfaction = rating;
        if (returnVisit != null) {
            returnVisit = ReturnVisit.RATED;
        }
    }

    /**
     * A return-visit call reached nobody; after {@code allowedTries} such calls the reporter counts as unreachable.
     *
     * @return true when this was the last try
     */
    public boolean visitFailed(int allowedTries) {
        visitTries++;
        if (visitTries >= allowedTries) {
            returnVisit = ReturnVisit.UNREACHABLE;
            return true;
        }
        return false;
    }
    public void markSupervised() { this.supervisionCount++; }
    public void mergeInto(Long targetId) { this.mergedIntoId = targetId; }
    public void place(Placement where) { this.placement = where; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public void setReporter(String reporter) { this.reporter = reporter; }
    public void setWording(String phraseJson) { this.wording = phraseJson; }

    /** True when the handling limit has passed at {@code now} and the event is still open. */
    public boolean isOverdue(Instant now) {
        return state.isOpen() && handlingDueAt != null && now.isAfter(handlingDueAt);
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getWording() { return wording; }
    public Channel getChannel() { return channel; }
    public String getExternalId() { return externalId; }
    public Long getCategoryId() { return categoryId; }
    public EventState getState() { return state; }
    public Urgency getUrgency() { return urgency; }
    public Point getLocation() { return location; }
    public String getAddress() { return address; }
    public Long getMicroGridId() { return microGridId; }
    public Long getGridId() { return gridId; }
    public Long getCommunityId() { return communityId; }
    public Long getStreetId() { return streetId; }
    public Long getLeadUnitId() { return leadUnitId; }
    public String getReporter() { return reporter; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getResponseDueAt() { return responseDueAt; }
    public Instant getHandlingDueAt() { return handlingDueAt; }
    public Instant getClosedAt() { return closedAt; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public int getSupervisionCount() { return supervisionCount; }
    public long getVersion() { return version; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public Placement getPlacement() { return placement; }
    public Instant getLimitStartedAt() { return limitStartedAt; }
    public ReturnVisit getReturnVisit() { return returnVisit; }
    public int getVisitTries() { return visitTries; }
}
