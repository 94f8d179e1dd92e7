package org.gridcommand.service.drill;

import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.InjectType;
import org.gridcommand.domain.drill.SensorPoint;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.intake.SensorReading;
import org.gridcommand.service.intake.SensorReadingResult;

/**
 * Delivers injects into the drill city through the ordinary services, as the real channels would: a report or a
 * camera alarm through intake, a sensor reading through the sensor alarm service. Messages and a resource
 * becoming unavailable reach the players by the trainer's word (the timeline), not through data.
 */
final class InjectDelivery {
    private static final int TITLE_LENGTH = 60;
    private final Backend city;

    InjectDelivery(Backend city) {
        this.city = city;
    }

    /** Delivers {@code inject}; the id of the event it created, or null when it creates none (yet). */
    Long deliver(Inject inject) {
        if (inject.type() != InjectType.EVENT_REPORT && inject.type() != InjectType.CAMERA_ALARM) {
            return null;
        }
        double[] at = point(inject);
        Channel channel = inject.type() == InjectType.CAMERA_ALARM ? Channel.AI_CAMERA
                : inject.originator() != null && inject.originator().contains("12345") ? Channel.HOTLINE
                : Channel.GRID_WORKER;
        String title = inject.content().length() > TITLE_LENGTH ? inject.content().substring(0, TITLE_LENGTH)
                : inject.content();
        IntakeReport report = new IntakeReport(channel, "DRILL-" + inject.number(), inject.category(), title,
                inject.content(), at == null ? null : at[0], at == null ? null : at[1], null, inject.originator(), null,
                Urgency.NORMAL);
        // the simulated originator reports as a sending system would through the intake endpoint: no account
        return city.systemEvents().intake(report).event().getId();
    }

    /** Records one reading of a sensor series; the id of the alarm event it raised or added to, or null. */
    Long reading(Inject inject, SensorPoint point) {
        SensorReadingResult r = city.sensorAlarms().record(new SensorReading(inject.device(), point.value(),
                city.clock().instant()));
        return r.eventId();
    }

    private double[] point(Inject inject) {
        if (inject.location().hasPoint()) {
            return new double[] {inject.location().lon(), inject.location().lat()};
        }
        String code = inject.location().grid() != null ? inject.location().grid() : inject.device();
        return code == null ? null : city.drillTrail().point(code).orElse(null);
    }
}
