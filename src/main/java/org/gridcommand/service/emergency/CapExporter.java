package org.gridcommand.service.emergency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLogEntry;
import org.gridcommand.domain.emergency.ActivationStatus;

/**
 * Public warnings for an activation as OASIS CAP 1.2 XML: the first export is an Alert, later ones while it is
 * active are Updates, and after the stand-down a Cancel; Updates and Cancels reference the first alert. A drill
 * activation gives {@code status=Exercise}. Each export is recorded in the activation log.
 */
public final class CapExporter {
    /** The CAP sender id used when none is configured. */
    public static final String DEFAULT_SENDER = "gridcommand@command-center.local";

    private final ActivationService activations;
    private final Clock clock;
    private final String sender;

    /**
     * @param sender the CAP sender id of this command center, e.g. "gridcommand@binjiang.example.gov.cn"
     */
    public CapExporter(ActivationService activations, Clock clock, String sender) {
        this.activations = activations;
        this.clock = clock;
        this.sender = sender;
    }

    /** Writes the alert for the activation as it stands now and records the export. */
    public String export(long activationId, String actor) {
        Activation a = activations.activation(activationId);
        List<ActivationLogEntry> earlier = activations.log(activationId).stream()
                .filter(e -> e.getAction() == ActivationLogEntry.Action.CAP_EXPORTED).toList();
        CapAlert.MessageType type = a.getStatus() == ActivationStatus.STOOD_DOWN ? CapAlert.MessageType.Cancel
                : earlier.isEmpty() ? CapAlert.MessageType.Alert : CapAlert.MessageType.Update;
        ZoneId zone = clock.getZone();
        String references = earlier.isEmpty() ? null
                : sender + "," + identifier(activationId, 1) + "," + CapAlert.time(earlier.get(0).getOccurredAt(),
                zone);
        Instant sent = clock.instant();
        String identifier = identifier(activationId, earlier.size() + 1);
        String xml = CapAlert.write(a, sender, identifier, sent, zone, type, references);
        activations.record(activationId, actor, ActivationLogEntry.Action.CAP_EXPORTED, type + " " + identifier);
        return xml;
    }

    private static String identifier(long activationId, int sequence) {
        return "GC-ACT-" + activationId + "-" + sequence;
    }
}
