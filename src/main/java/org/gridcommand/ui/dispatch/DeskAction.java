package org.gridcommand.ui.dispatch;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.TimeLimit;

/**
 * What the duty officer can do to an event from the queue and the detail, with its key. Only what the event's
 * state allows is ever offered (the state machine decides), so no key or button opens a dialog for an action that
 * would be refused. Registration belongs to the triage desk, merging to the proposed duplicates.
 */
enum DeskAction {
    ACCEPT(EventAction.ACCEPT, KeyCode.A),
    DISPATCH(EventAction.DISPATCH, KeyCode.D),
    RETURN(EventAction.RETURN, KeyCode.R),
    START(EventAction.START, KeyCode.B),
    FEEDBACK(EventAction.FEEDBACK, KeyCode.F),
    VERIFY(EventAction.VERIFY, KeyCode.V),
    REJECT(EventAction.REJECT, KeyCode.J),
    CLOSE(EventAction.CLOSE, KeyCode.C),
    REOPEN(EventAction.REOPEN, KeyCode.O),
    CANCEL(EventAction.CANCEL, KeyCode.X),
    /** 一键督办: not a state change; offered when the handling limit is near or past and a unit leads. */
    SUPERVISE(null, KeyCode.S);

    private static final EventStateMachine MACHINE = new EventStateMachine();

    final EventAction action;
    final KeyCode key;

    DeskAction(EventAction action, KeyCode key) {
        this.action = action;
        this.key = key;
    }

    /** The message key of its label ("action.ACCEPT"). */
    String labelKey() {
        return "action." + name();
    }

    /**
     * What can be done to an event in {@code state} now: the state machine's actions, and supervision when the
     * countdown is yellow or red and a unit leads.
     */
    static List<DeskAction> offered(EventState state, TimeLimit.Countdown countdown, boolean hasLead) {
        List<DeskAction> offered = new ArrayList<>();
        for (DeskAction a : values()) {
            boolean allowed = a == SUPERVISE
                    ? state.isOpen() && hasLead && countdown != null && countdown.nearDueOrOverdue()
                    : MACHINE.allows(state, a.action);
            if (allowed) {
                offered.add(a);
            }
        }
        return offered;
    }

    /** The desk action of {@code key}, or null. */
    static DeskAction forKey(KeyCode key) {
        for (DeskAction a : values()) {
            if (a.key == key) {
                return a;
            }
        }
        return null;
    }
}
