package org.gridcommand.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gridcommand.domain.area.AreaLevel;

/** A handling unit (承办单位) with its level and the area it serves. */
@Entity
@Table(name = "unit")
public class Unit {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitKind kind;

    /** The administrative level the unit works at (district, street or community). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AreaLevel level;

    /** The area it serves; for a district department, the whole district. */
    @Column(name = "area_id")
    private Long areaId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(length = 40)
    private String phone;

    protected Unit() {
    }

    public Unit(long id, String code, String name, UnitKind kind, AreaLevel level, Long areaId, Long parentId,
                String phone) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.areaId = areaId;
        this.parentId = parentId;
        this.phone = phone;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public UnitKind getKind() { return kind; }
    public AreaLevel getLevel() { return level; }
    public Long getAreaId() { return areaId; }
    public Long getParentId() { return parentId; }
    public String getPhone() { return phone; }
}
