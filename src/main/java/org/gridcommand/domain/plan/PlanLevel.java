package org.gridcommand.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a plan says for one response level: when it triggers, what each unit does, and what it needs.
 * <p>
 * {@code trigger} is a condition in a small line format read by the service layer, e.g.
 * {@code WATER_LEVEL >= 4.5 FOR 30m} or {@code EVENTS category=C0101 >= 5 WITHIN 60m RADIUS 1000m}.
 * {@code actions} has one line per task: {@code UNIT_KIND_OR_CODE|action text}.
 * {@code needs} has one line per need: {@code ITEM|SANDBAG|5000}, {@code TEAM|防汛抢险|60} (skill, headcount),
 * {@code EXPERT|水利|2} (field, count).
 */
@Entity
@Table(name = "plan_level")
public class PlanLevel {
    @Id
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private ResponseLevel level;

    @Column(name = "trigger_condition", length = 500)
    private String trigger;

    @Column(length = 10000)
    private String actions;

    @Column(length = 10000)
    private String needs;

    protected PlanLevel() {
    }

    public PlanLevel(long id, long planId, ResponseLevel level, String trigger, String actions, String needs) {
        this.id = id;
        this.planId = planId;
        this.level = level;
        this.trigger = trigger;
        this.actions = actions;
        this.needs = needs;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public ResponseLevel getLevel() { return level; }
    public String getTrigger() { return trigger; }
    public String getActions() { return actions; }
    public String getNeeds() { return needs; }
}
