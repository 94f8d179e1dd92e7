package org.gridcommand.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Point;

/** An emergency team (应急队伍) with its skills, headcount, status and position. */
@Entity
@Table(name = "team")
public class Team {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    /** Comma-separated skills, e.g. "防汛抢险,排涝". */
    @Column(nullable = false, length = 200)
    private String skills;

    private int headcount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TeamStatus status;

    private Point location;

    @Column(length = 60)
    private String leader;

    @Column(length = 40)
    private String phone;

    @Version
    private long version;

    protected Team() {
    }

    public Team(long id, String code, String name, String skills, int headcount, Point location, String leader,
                String phone) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.skills = skills;
        this.headcount = headcount;
        this.status = TeamStatus.AVAILABLE;
        this.location = location;
        this.leader = leader;
        this.phone = phone;
    }

    public List<String> skillList() {
        return Arrays.stream(skills.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean hasSkill(String skill) {
        return skillList().contains(skill);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getSkills() { return skills; }
    public int getHeadcount() { return headcount; }
    public TeamStatus getStatus() { return status; }
    public Point getLocation() { return location; }
    public String getLeader() { return leader; }
    public String getPhone() { return phone; }
    public long getVersion() { return version; }
    public void setStatus(TeamStatus status) { this.status = status; }
    public void moveTo(Point position) { this.location = position; }
}
