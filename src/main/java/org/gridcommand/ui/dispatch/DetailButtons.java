package org.gridcommand.ui.dispatch;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.queue.AttachmentInfo;
import org.gridcommand.ui.common.Messages;

/** What the detail's buttons do, on the event as the detail shows it (with the version shown there). */
final class DetailButtons implements EventDetailView.Handler {
    private final EventDetailModel detail;
    private final ActionFlows flows;
    private final Messages messages;
    private final Node owner;

    DetailButtons(EventDetailModel detail, ActionFlows flows, Messages messages, Node owner) {
        this.detail = detail;
        this.flows = flows;
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void act(DeskAction action) {
        EventDetail d = detail.detailProperty().get();
        if (d != null) {
            var e = d.event();
            flows.start(action, new ActionFlows.Target(e.getId(), e.getVersion(), e.getNumber(),
                    d.summary() != null && d.summary().photoRequired()));
        }
    }

    @Override
    public void merge(DuplicateCandidate dup) {
        EventDetail d = detail.detailProperty().get();
        if (d != null) {
            flows.merge(dup.eventId(), dup.version(), dup.number(), d.event().getId(), d.event().getNumber());
        }
    }

    @Override
    public void addAttachment() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("detail.addAttachment"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("attach.images"), "*.jpg", "*.jpeg", "*.png", "*.gif",
                        "*.bmp"),
                new FileChooser.ExtensionFilter(messages.get("attach.all"), "*.*"));
        var file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            detail.attach(file.toPath());
        }
    }

    @Override
    public void showAttachment(AttachmentInfo a, Consumer<byte[]> show) {
        detail.content(a.id(), show);
    }
}
