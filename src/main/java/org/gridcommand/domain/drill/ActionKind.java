package org.gridcommand.domain.drill;

/** What the players are expected to do after an inject; each is found in the drill copy's audit trail. */
public enum ActionKind {
    /** A report registered as an event (立案). */
    REGISTER_EVENT,
    /** An event dispatched to a unit (派遣). */
    DISPATCH_EVENT,
    /** A plan activated at a level or higher (一键启动). */
    ACTIVATE_PLAN,
    /** Stock issued from a warehouse (出库). */
    ISSUE_STOCK
}
