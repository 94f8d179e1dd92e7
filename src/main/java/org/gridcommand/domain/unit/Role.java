package org.gridcommand.domain.unit;

/** The roles people hold in the console and in the field. */
public enum Role {
    /** 网格员 */
    GRID_WORKER,
    /** 值班员 */
    DUTY_OFFICER,
    /** 指挥长 */
    COMMANDER,
    /** 部门 / 街道 operator */
    OPERATOR,
    /** 演练导调 */
    TRAINER,
    ADMINISTRATOR
}
