package org.gridcommand.domain.shift;

/** What one line of a handover pack is about, in the order the pack lists them. */
public enum HandoverItemKind {
    /** An open event whose handling limit runs out before the end of the next shift. */
    BREACH_SOON,
    /** An event supervised (督办) during this shift. */
    SUPERVISED,
    /** An event escalated to the level above during this shift. */
    ESCALATED,
    /** An emergency response still active. */
    OPEN_ACTIVATION,
    /** A task of an active response not done yet. */
    OPEN_TASK,
    /** A 特急 report or a sensor alarm in triage that nobody acknowledged. */
    UNACKNOWLEDGED_ALARM,
    OFFLINE_CAMERA,
    OFFLINE_SENSOR,
    /** An event its unit returned, waiting for re-dispatch. */
    RETURNED_EVENT,
    /** The outgoing officer's own notes. */
    NOTES
}
