package org.gridcommand.ui.dispatch;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.service.account.WatchRights;

/**
 * What the duty officer can do to an event from the queue and the detail, with its key. Only what the event's
 * state allows is ever offered (the state machine decides), so no key or button opens a dialog for an action that
 * would be refused, and only what the signed-in account's roles allow. Registration belongs to the triage desk,
 * merging to the proposed duplicates.
 */
enum DeskAction {
    ACCEPT(EventAction.ACCEPT, KeyCode.A, UseCase.ACCEPT),
    DISPATCH(EventAction.DISPATCH, KeyCode.D, UseCase.DISPATCH),
    RETURN(EventAction.RETURN, KeyCode.R, UseCase.RETURN),
    START(EventAction.START, KeyCode.B, UseCase.START),
    FEEDBACK(EventAction.FEEDBACK, KeyCode.F, UseCase.FEEDBACK),
    VERIFY(EventAction.VERIFY, KeyCode.V, UseCase.VERIFY),
    /** Rework is the other outcome of the on-site check. */
    REJECT(EventAction.REJECT, KeyCode.J, UseCase.VERIFY),
    CLOSE(EventAction.CLOSE, KeyCode.C, UseCase.CLOSE),
    /** Reopening a closed event belongs to the return visits. */
    REOPEN(EventAction.REOPEN, KeyCode.O, UseCase.RETURN_VISIT),
    CANCEL(EventAction.CANCEL, KeyCode.X, UseCase.CANCEL),
    /** 一键督办: not a state change; offered when the handling limit is near or past and a unit leads. */
    SUPERVISE(null, KeyCode.S, UseCase.SUPERVISE);

    private static final EventStateMachine MACHINE = new EventStateMachine();

    final EventAction action;
    final KeyCode key;
    /** Who may: the role table's use case the service checks for it. */
    final UseCase useCase;

    DeskAction(EventAction action, KeyCode key, UseCase useCase) {
        this.action = action;
        this.key = key;
        this.useCase = useCase;
    }

    /** The message key of its label ("action.ACCEPT"). */
    String labelKey() {
        return "action." + name();
    }

    /**
     * What can be done to an event in {@code state} now: the state machine's actions, and supervision when the
     * countdown is yellow or red and a unit leads; of those, only what the account at the console may do
     * ({@code rights}: a viewer nothing, a unit operator its own unit's steps on its own unit's events).
     */
    static List<DeskAction> offered(EventState state, TimeLimit.Countdown countdown, Long leadUnitId,
                                    WatchRights rights) {
        List<DeskAction> offered = new ArrayList<>();
        for (DeskAction a : values()) {
            boolean allowed = a == SUPERVISE
                    ? state.isOpen() && leadUnitId != null && countdown != null && countdown.nearDueOrOverdue()
                    : MACHINE.allows(state, a.action);
            if (allowed && rights.mayOn(a.useCase, leadUnitId)) {
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
