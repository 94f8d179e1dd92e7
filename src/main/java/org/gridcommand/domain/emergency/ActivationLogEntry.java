package org.gridcommand.domain.emergency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an activation's audit trail: who did what, when (on the console clock). Append-only. */
@Entity
@Table(name = "activation_log")
public class ActivationLogEntry {
    /** What happened. */
    public enum Action { ACTIVATED, LINE_STATUS, LEVEL_CHANGED, RESOURCES_ADDED, RESOURCES_RELEASED, STOOD_DOWN,
        CAP_EXPORTED }

    @Id
    private Long id;

    @Column(name = "activation_id", nullable = false)
    private Long activationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(length = 4000)
    private String detail;

    protected ActivationLogEntry() {
    }

    public ActivationLogEntry(long id, long activationId, Instant occurredAt, String actor, Action action,
                              String detail) {
        this.id = id;
        this.activationId = activationId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }

    public Long getId() { return id; }
    public Long getActivationId() { return activationId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public Action getAction() { return action; }
    public String getDetail() { return detail; }
}
