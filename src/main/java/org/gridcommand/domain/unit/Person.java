package org.gridcommand.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person known to the console: grid workers in the field and the staff of the command center and units. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    /** For a grid worker: the grid in their care. */
    @Column(name = "area_id")
    private Long areaId;

    @Column(length = 40)
    private String phone;

    protected Person() {
    }

    public Person(long id, String code, String name, Role role, Long unitId, Long areaId, String phone) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.role = role;
        this.unitId = unitId;
        this.areaId = areaId;
        this.phone = phone;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Role getRole() { return role; }
    public Long getUnitId() { return unitId; }
    public Long getAreaId() { return areaId; }
    public String getPhone() { return phone; }
}
