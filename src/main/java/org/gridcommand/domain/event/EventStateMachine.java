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
import java.util.List;
import java.util.Locale;
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

    /** e.g. "Cannot dispatch an event that is CLOSED; only one that is REGISTERED, RETURNED" (for logs). */
    private static String logLine(EventState state, EventAction action, Set<EventState> allowedFrom) {
        return "Cannot " + action.name().toLowerCase(Locale.ROOT) + " an event that is " + state
                + "; only one that is " + allowedFrom;
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
            throw new IllegalTransitionException(state, action,
                    Phrase.of("refused.transition", state, action, List.copyOf(rule.from())),
                    logLine(state, action, rule.from()));
        }
        if (action.words() != EventAction.Words.NONE && (reason == null || reason.isBlank())) {
            boolean why = action.words() == EventAction.Words.REASON;
            throw new IllegalTransitionException(state, action,
                    Phrase.of(why ? "refused.reasonRequired" : "refused.noteRequired", action),
                    "To " + action.name().toLowerCase(Locale.ROOT) + " an event, "
                            + (why ? "say why" : "say what was done or found"));
        }
        return rule.to();
    }
}
