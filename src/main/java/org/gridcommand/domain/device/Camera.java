package org.gridcommand.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Point;

/** A video camera on the map wall; {@code streamUrl} is what the console plays when it is playable. */
@Entity
@Table(name = "camera")
public class Camera {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    private Point location;

    /** The grid the camera stands in. */
    @Column(name = "area_id")
    private Long areaId;

    private boolean online;

    @Column(name = "ai_enabled")
    private boolean aiEnabled;

    @Column(name = "stream_url", length = 500)
    private String streamUrl;

    protected Camera() {
    }

    public Camera(long id, String code, String name, Point location, Long areaId, boolean online, boolean aiEnabled,
                  String streamUrl) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.location = location;
        this.areaId = areaId;
        this.online = online;
        this.aiEnabled = aiEnabled;
        this.streamUrl = streamUrl;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Point getLocation() { return location; }
    public Long getAreaId() { return areaId; }
    public boolean isOnline() { return online; }
    public boolean isAiEnabled() { return aiEnabled; }
    public String getStreamUrl() { return streamUrl; }
    public void setOnline(boolean online) { this.online = online; }
}
