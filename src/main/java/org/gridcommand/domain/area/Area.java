package org.gridcommand.domain.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Geometry;

/**
 * One node of the administrative hierarchy (district, street, community, grid or micro-grid)
 * with its code and boundary in WGS84. Every area but the district has exactly one parent.
 */
@Entity
@Table(name = "area")
public class Area {
    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AreaLevel level;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    private int households;

    private Geometry boundary;

    protected Area() {
    }

    public Area(long id, AreaLevel level, String code, String name, Long parentId, int households, Geometry boundary) {
        this.id = id;
        this.level = level;
        this.code = code;
        this.name = name;
        this.parentId = parentId;
        this.households = households;
        this.boundary = boundary;
    }

    public Long getId() { return id; }
    public AreaLevel getLevel() { return level; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Long getParentId() { return parentId; }
    public int getHouseholds() { return households; }
    public Geometry getBoundary() { return boundary; }

    public void rename(String newName) { this.name = newName; }
    public void reshape(Geometry newBoundary) { this.boundary = newBoundary; }
    public void moveUnder(Long newParentId) { this.parentId = newParentId; }
    public void setHouseholds(int households) { this.households = households; }

    @Override
    public String toString() {
        return level + " " + code + " " + name;
    }
}
