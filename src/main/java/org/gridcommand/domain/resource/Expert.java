package org.gridcommand.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.locationtech.jts.geom.Point;

/** An expert (专家) in a field, located at their base for distance ranking. */
@Entity
@Table(name = "expert")
public class Expert {
    @Id
    private Long id;

    @Column(nullable = false, length = 60)
    private String name;

    /** Field, e.g. 水利, 消防, 危化品, 结构, 医疗. */
    @Column(nullable = false, length = 40)
    private String field;

    @Column(length = 40)
    private String title;

    @Column(length = 100)
    private String organization;

    @Column(length = 40)
    private String phone;

    private Point location;

    private boolean available;

    @Version
    private long version;

    protected Expert() {
    }

    public Expert(long id, String name, String field, String title, String organization, String phone,
                  Point location) {
        this.id = id;
        this.name = name;
        this.field = field;
        this.title = title;
        this.organization = organization;
        this.phone = phone;
        this.location = location;
        this.available = true;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getField() { return field; }
    public String getTitle() { return title; }
    public String getOrganization() { return organization; }
    public String getPhone() { return phone; }
    public Point getLocation() { return location; }
    public boolean isAvailable() { return available; }
    public long getVersion() { return version; }
    public void setAvailable(boolean available) { this.available = available; }
}
