package org.gridcommand.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Point;

/** An emergency supplies warehouse (应急物资仓库). Its stock is in {@link StockItem}. */
@Entity
@Table(name = "warehouse")
public class Warehouse {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    private Point location;

    @Column(length = 200)
    private String address;

    @Column(name = "area_id")
    private Long areaId;

    @Column(length = 60)
    private String keeper;

    @Column(length = 40)
    private String phone;

    protected Warehouse() {
    }

    public Warehouse(long id, String code, String name, Point location, String address, Long areaId, String keeper,
                     String phone) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.location = location;
        this.address = address;
        this.areaId = areaId;
        this.keeper = keeper;
        this.phone = phone;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Point getLocation() { return location; }
    public String getAddress() { return address; }
    public Long getAreaId() { return areaId; }
    public String getKeeper() { return keeper; }
    public String getPhone() { return phone; }
}
