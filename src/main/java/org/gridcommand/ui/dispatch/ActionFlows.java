package org.gridcommand.ui.dispatch;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.ui.common.Messages;

/**
 * What happens when the officer picks an action, by key or button: at once for a step without words, else the
 * dialog that collects exactly what the step needs (the dispatch proposal, a reason, a note with photos). Only
 * offered actions reach here ({@link DeskAction#offered}), so no dialog collects input for a refused step.
 */
final class ActionFlows {
    private final Node owner;
    private final Messages messages;
    private final EventWords words;
    private final EventActions actions;
    private final Supplier<List<UnitRef>> units;
    private final StepDialog.PhotoChooser photos;

    ActionFlows(Node owner, Messages messages, EventWords words, EventActions actions,
                Supplier<List<UnitRef>> units, StepDialog.PhotoChooser photos) {
        this.owner = owner;
        this.messages = messages;
        this.words = words;
        this.actions = actions;
        this.units = units;
        this.photos = photos;
    }

    /** The event as the officer sees it: its id, the version they saw, its number, whether a photo is needed. */
    record Target(long id, long version, String number, boolean photoRequired) {
    }

    void start(DeskAction action, Target t) {
        switch (action) {
            case SUPERVISE -> actions.supervise(t.id(), t.version(), t.number());
            case DISPATCH -> actions.propose(t.id(), proposal -> DispatchDialog.show(owner, messages, words,
                    t.number(), proposal, units.get(),
                    (lead, co) -> actions.dispatch(t.id(), t.version(), t.number(), lead.id(), co)));
            case FEEDBACK, VERIFY -> StepDialog.show(owner, messages, action.action, t.number(), t.photoRequired(),
                    photos, (note, files) -> actions.withPhotos(action.action, t.id(), t.version(), t.number(), note,
                            files));
            default -> {
                if (action.action.reasonRequired()) {
                    String label = messages.get(action.labelKey());
                    ReasonPrompt.ask(owner, messages, messages.get("reason.title", label, t.number()),
                            messages.get("reason.header", label),
                            reason -> actions.step(action.action, t.id(), t.version(), t.number(), reason));
                } else {
                    actions.step(action.action, t.id(), t.version(), t.number(), null);
                }
            }
        }
    }

    /** Asks why, then merges the duplicate into the event the officer is looking at. */
    void merge(long duplicateId, long duplicateVersion, String duplicateNumber, long intoId, String intoNumber) {
        ReasonPrompt.ask(owner, messages, messages.get("merge.title"),
                messages.get("merge.header", duplicateNumber, intoNumber),
                reason -> actions.merge(duplicateId, duplicateVersion, duplicateNumber, intoId, reason));
    }
}
