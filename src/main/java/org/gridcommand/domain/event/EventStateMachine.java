package org.gridcommand.domain.event;

import static org.gridcommand.domain.event.EventState.ACCEPTED;
import static org.gridcommand.domain.event.EventState.CANCELLED;
import static org.gridcommand.domain.event.EventState.CLOSED;
import static org.gridcommand.domain.event.EventState.DISPATCHED;
import static org.gridcommand.domain.event.EventState.HANDLED;
import static org.gridcommand.domain.event.EventState.IN_PROGRESS;
import static org.gridcommand.domain.event.EventState.MERGED;
import static org.gridcommand.domain.event.EventState.REGISTERED;
import static org.gridcommand.domain.event.EventState.REPORTED;
import static org.gridcommand.domain.event.EventState.RETURNED;
import static org.gridcommand.domain.event.EventState.REWORK;
import static org.gridcommand.domain.event.EventState.VERIFIED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides which action may happen in which state of the closed loop, and where it leads.
 * Stateless and immutable: share one instance.
 */
public final class EventStateMachine {

    private record Rule(Set<EventState> from, EventState to) {
    }

    private final Map<EventAction, Rule> rules = new EnumMap<>(EventAction.class);

    public EventStateMachine() {
        Set<EventState> open = EnumSet.complementOf(EnumSet.of(CLOSED, MERGED, CANCELLED));
        rules.put(EventAction.REGISTER, new Rule(EnumSet.of(REPORTED), REGISTERED));
        rules.put(EventAction.DISPATCH, new Rule(EnumSet.of(REGISTERED, RETURNED), DISPATCHED));
        rules.put(EventAction.ACCEPT, new Rule(EnumSet.of(DISPATCHED), ACCEPTED));
        rules.put(EventAction.RETURN, new Rule(EnumSet.of(DISPATCHED, ACCEPTED), RETURNED));
        rules.put(EventAction.START, new Rule(EnumSet.of(ACCEPTED, REWORK), IN_PROGRESS));
        rules.put(EventAction.FEEDBACK, new Rule(EnumSet.of(IN_PROGRESS), HANDLED));
        rules.put(EventAction.VERIFY, new Rule(EnumSet.of(HANDLED), VERIFIED));
        rules.put(EventAction.REJECT, new Rule(EnumSet.of(HANDLED), REWORK));
        rules.put(EventAction.CLOSE, new Rule(EnumSet.of(VERIFIED), CLOSED));
        rules.put(EventAction.REOPEN, new Rule(EnumSet.of(CLOSED), REWORK));
        rules.put(EventAction.MERGE, new Rule(open, MERGED));
        rules.put(EventAction.CANCEL, new Rule(open, CANCELLED));
    }

    /** "案件已结案，不能派遣（仅限已立案、已退回的案件）。 / Cannot dispatch an event that is closed; …" */
    private static String refusal(EventState state, EventAction action, Set<EventState> allowedFrom) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (EventState s : allowedFrom) {
            zh.append(zh.length() == 0 ? "" : "、").append(s.chinese());
            en.append(en.length() == 0 ? "" : ", ").append(s.english());
        }
        return "案件" + state.chinese() + "，不能" + action.chinese() + "（仅限" + zh + "的案件）。 / Cannot "
                + action.verb() + " an event that is " + state.english() + "; only one that is " + en + ".";
    }

    /** True when {@code action} is allowed in {@code state}. */
    public boolean allows(EventState state, EventAction action) {
        return rules.get(action).from().contains(state);
    }

    /** The actions allowed in {@code state}, for menus and key bindings. */
    public Set<EventAction> allowedActions(EventState state) {
        Set<EventAction> allowed = EnumSet.noneOf(EventAction.class);
        rules.forEach((action, rule) -> {
            if (rule.from().contains(state)) {
                allowed.add(action);
            }
        });
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * The state {@code action} leads to from {@code state}.
     *
     * @throws IllegalTransitionException when the action is not allowed there, or a required reason is missing
     */
    public EventState next(EventState state, EventAction action, String reason) {
        Rule rule = rules.get(action);
        if (!rule.from().contains(state)) {
            throw new IllegalTransitionException(state, action, refusal(state, action, rule.from()));
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new IllegalTransitionException(state, action, "“" + action.chinese() + "”需要填写原因。 / To "
                    + action.verb() + " an event, say why.");
        }
        return rule.to();
    }
}
