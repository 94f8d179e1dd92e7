package org.gridcommand.domain.kpi;

import java.util.Locale;

/** Whose work a composite score assesses, and the dimension its rows are. */
public enum Role {
    /** 专业部门: the units that handle events. */
    DEPARTMENT("专业部门", "Handling units", Dimension.UNIT),
    /** 受理员: the officers who register and dispatch. */
    INTAKE_OFFICER("受理员", "Intake officers", Dimension.OFFICER),
    /** 监督员 / 网格员: the grid workers, by their grid. */
    GRID_WORKER("监督员/网格员", "Grid workers", Dimension.GRID);

    private final String chinese;
    private final String english;
    private final Dimension dimension;

    Role(String chinese, String english, Dimension dimension) {
        this.chinese = chinese;
        this.english = english;
        this.dimension = dimension;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
