package org.gridcommand.domain.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A node of the event taxonomy. Cities extend the tree, so it is data. The 事项 (item) tier carries the
 * handling rule (difficulty and, optionally, a named department) and the time limits in minutes.
 */
@Entity
@Table(name = "category")
public class Category {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CategoryTier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CategoryKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Difficulty difficulty;

    /** Code of the unit that handles this item by default (a district department), or null: by area. */
    @Column(name = "default_unit_code", length = 40)
    private String defaultUnitCode;

    @Column(name = "response_minutes")
    private int responseMinutes;

    @Column(name = "onsite_minutes")
    private int onsiteMinutes;

    @Column(name = "handling_minutes")
    private int handlingMinutes;

    /** When true the limits count only working hours (工作时). */
    @Column(name = "working_hours")
    private boolean workingHours;

    /** 处理反馈 and 核查通过 need a photo of the site. */
    @Column(name = "photo_required")
    private boolean photoRequired;

    protected Category() {
    }

    public Category(long id, String code, String name, CategoryTier tier, CategoryKind kind, Long parentId,
                    Difficulty difficulty, String defaultUnitCode, int responseMinutes, int onsiteMinutes,
                    int handlingMinutes, boolean workingHours) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.kind = kind;
        this.parentId = parentId;
        this.difficulty = difficulty;
        this.defaultUnitCode = defaultUnitCode;
        this.responseMinutes = responseMinutes;
        this.onsiteMinutes = onsiteMinutes;
        this.handlingMinutes = handlingMinutes;
        this.workingHours = workingHours;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public CategoryTier getTier() { return tier; }
    public CategoryKind getKind() { return kind; }
    public Long getParentId() { return parentId; }
    public Difficulty getDifficulty() { return difficulty; }
    public String getDefaultUnitCode() { return defaultUnitCode; }
    public int getResponseMinutes() { return responseMinutes; }
    public int getOnsiteMinutes() { return onsiteMinutes; }
    public int getHandlingMinutes() { return handlingMinutes; }
    public boolean isWorkingHours() { return workingHours; }
    public boolean isPhotoRequired() { return photoRequired; }

    /** Says whether handling reports and on-site checks of this 事项 must come with a photo. */
    public Category requirePhoto(boolean required) {
        this.photoRequired = required;
        return this;
    }
}
