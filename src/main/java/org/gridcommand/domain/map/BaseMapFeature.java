package org.gridcommand.domain.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Geometry;

/** One feature of the offline base map (river, road, block, park, label) from which raster tiles are rendered. */
@Entity
@Table(name = "basemap_feature")
public class BaseMapFeature {
    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MapFeatureKind kind;

    @Column(length = 100)
    private String name;

    /** Lowest zoom at which the feature is drawn. */
    @Column(name = "min_zoom")
    private int minZoom;

    private Geometry geometry;

    protected BaseMapFeature() {
    }

    public BaseMapFeature(long id, MapFeatureKind kind, String name, int minZoom, Geometry geometry) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.minZoom = minZoom;
        this.geometry = geometry;
    }

    public Long getId() { return id; }
    public MapFeatureKind getKind() { return kind; }
    public String getName() { return name; }
    public int getMinZoom() { return minZoom; }
    public Geometry getGeometry() { return geometry; }
}
