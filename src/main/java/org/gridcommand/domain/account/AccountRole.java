package org.gridcommand.domain.account;

/** What a person signed in at a console may do on the watch floor (issue 12); an account holds one or more. */
public enum AccountRole {
    /** 值班员: registers, dispatches, verifies, closes, supervises, calls back. */
    DUTY_OFFICER,
    /** 值班长: everything a duty officer does, and acts for a unit that has no console of its own. */
    SHIFT_LEADER,
    /** 处置单位 operator: accepts, returns, starts and reports on its own unit's events only. */
    UNIT_OPERATOR,
    /** 指挥长: activates emergency plans, changes their level, stands them down; moves stock. */
    COMMANDER,
    /** 演练导调: drills only, no live writes. */
    TRAINER,
    /** Accounts, taxonomy, dispatch rules, time limits, imports, stock. */
    ADMINISTRATOR,
    /** Watches the wall; changes nothing. */
    VIEWER
}
