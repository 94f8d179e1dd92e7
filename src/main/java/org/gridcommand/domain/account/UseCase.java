package org.gridcommand.domain.account;

import static org.gridcommand.domain.account.AccountRole.ADMINISTRATOR;
import static org.gridcommand.domain.account.AccountRole.COMMANDER;
import static org.gridcommand.domain.account.AccountRole.DUTY_OFFICER;
import static org.gridcommand.domain.account.AccountRole.SHIFT_LEADER;
import static org.gridcommand.domain.account.AccountRole.UNIT_OPERATOR;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every use case that changes live data, with the roles that may perform it: the one role × use-case table of the
 * watch floor (issue 12). Trainers and viewers appear in none of them (drills run on their own copy; the wall only
 * reads). A use case marked {@link #ownUnitOnly} lets a unit operator act only on events its own unit leads.
 */
public enum UseCase {
    /** 立案, and a duty officer's own entry of a report. */
    REGISTER(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 派遣 and re-dispatch. */
    DISPATCH(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 签收 */
    ACCEPT(true, UNIT_OPERATOR, SHIFT_LEADER),
    /** 派件退回 */
    RETURN(true, UNIT_OPERATOR, SHIFT_LEADER),
    /** 开始处置 */
    START(true, UNIT_OPERATOR, SHIFT_LEADER),
    /** 处理反馈 */
    FEEDBACK(true, UNIT_OPERATOR, SHIFT_LEADER),
    /** 核查 (pass or rework) */
    VERIFY(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 结案 */
    CLOSE(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 作废 */
    CANCEL(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 一键督办 */
    SUPERVISE(false, DUTY_OFFICER, SHIFT_LEADER, COMMANDER),
    /** 回访: rating, no answer, reopening a closed event. */
    RETURN_VISIT(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 合并 duplicates */
    MERGE(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 一键启动, level up/down, stand down of an emergency plan. */
    EMERGENCY(false, COMMANDER),
    /** Warehouse stock: receive, issue, count. */
    STOCK(false, COMMANDER, ADMINISTRATOR),
    /** Taxonomy, dispatch rules, time limits, calendars, indicator weights. */
    REFERENCE_DATA(false, ADMINISTRATOR),
    /** Boundary, base-map and hotline imports. */
    IMPORT(false, ADMINISTRATOR),
    /** Accounts: create, disable, reset a password, roles, unit. */
    ACCOUNTS(false, ADMINISTRATOR),
    /** 值班: sign in and out of a shift, prepare a handover, acknowledge and take over, ask for a swap. */
    WATCH(false, DUTY_OFFICER, SHIFT_LEADER),
    /** 排班: edit the duty roster, approve or refuse swaps. */
    ROSTER(false, SHIFT_LEADER, ADMINISTRATOR),
    /** 强制接班: take a shift over before every handover item is acknowledged, with a reason. */
    HANDOVER_OVERRIDE(false, SHIFT_LEADER);

    private final boolean ownUnitOnly;
    private final Set<AccountRole> allowed;

    UseCase(boolean ownUnitOnly, AccountRole first, AccountRole... more) {
        this.ownUnitOnly = ownUnitOnly;
        this.allowed = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles that may perform it, in the order of {@link AccountRole}. */
    public Set<AccountRole> allowedRoles() {
        return EnumSet.copyOf(allowed);
    }

    /** Whether {@code role} may perform it at all (on some event). */
    public boolean allows(AccountRole role) {
        return allowed.contains(role);
    }

    /** True when a unit operator may perform it only on events its own unit leads. */
    public boolean ownUnitOnly() {
        return ownUnitOnly;
    }
}
