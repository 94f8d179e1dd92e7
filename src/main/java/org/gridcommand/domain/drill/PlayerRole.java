package org.gridcommand.domain.drill;

/** Who at the console an inject goes to (the console's users; the trainer is not a player). */
public enum PlayerRole {
    /** 值班员 */
    DUTY_OFFICER,
    /** 指挥长 */
    COMMANDER,
    /** 部门 / 街道 operator */
    UNIT_OPERATOR
}
