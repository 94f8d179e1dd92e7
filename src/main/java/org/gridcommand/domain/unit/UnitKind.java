package org.gridcommand.domain.unit;

/** What kind of handling unit (承办单位) a unit is. */
public enum UnitKind {
    /** 区级职能部门, e.g. 城管局, 住建局 — takes the hard cases (难事). */
    DISTRICT_DEPARTMENT,
    /** 街道板块 — a section of a street office. */
    STREET_SECTION,
    /** 街道岗位 (A/B posts). */
    STREET_POST,
    /** 社区居委会 / 村委会 — leads the small cases (小事). */
    COMMUNITY,
    /** 联勤单位: police station, market supervision, justice office… */
    JOINT_DUTY,
    /** 指挥中心 — the command center itself. */
    COMMAND_CENTER
}
