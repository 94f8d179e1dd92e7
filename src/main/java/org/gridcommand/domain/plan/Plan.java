package org.gridcommand.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An emergency plan (应急预案). Plans are versioned: an edit creates a new row with the same code and a higher
 * {@code revision}, so an activation keeps pointing at the version it used.
 */
@Entity
@Table(name = "plan")
public class Plan {
    @Id
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EmergencyType type;

    @Column(length = 1000)
    private String summary;

    /** Only the newest revision of a code is current. */
    @Column(name = "is_current")
    private boolean current;

    protected Plan() {
    }

    public Plan(long id, String code, int revision, String name, EmergencyType type, String summary) {
        this.id = id;
        this.code = code;
        this.revision = revision;
        this.name = name;
        this.type = type;
        this.summary = summary;
        this.current = true;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getRevision() { return revision; }
    public String getName() { return name; }
    public EmergencyType getType() { return type; }
    public String getSummary() { return summary; }
    public boolean isCurrent() { return current; }
    public void supersede() { this.current = false; }
}
