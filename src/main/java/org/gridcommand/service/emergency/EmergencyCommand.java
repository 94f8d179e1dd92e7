package org.gridcommand.service.emergency;

import java.time.Clock;
import org.gridcommand.service.event.EventService;

/**
 * What the commander's console adds on top of {@link EmergencyServices}: the sensor feed with its recent
 * readings, the trigger watch, the flood replay, the plan library, and tasks as closed-loop events. One per open
 * database, shared by the emergency and resources screens.
 */
public final class EmergencyCommand {
    private final EmergencyServices services;
    private final SensorFeed feed;
    private final TriggerWatch watch;
    private final FloodReplay flood;
    private final PlanLibrary plans;
    private final ActivationTasks tasks;

    public EmergencyCommand(EmergencyServices services, EventService events, Clock clock) {
        this.services = services;
        this.feed = new SensorFeed(services.database(), clock);
        this.watch = new TriggerWatch(services.activations(), feed, services.triggers(), services.database(), clock);
        this.flood = new FloodReplay(feed, clock);
        this.plans = new PlanLibrary(services.database(), services.activations());
        this.tasks = new ActivationTasks(services.database(), services.activations(), events);
    }

    public EmergencyServices services() {
        return services;
    }

    public SensorFeed feed() {
        return feed;
    }

    public TriggerWatch watch() {
        return watch;
    }

    public FloodReplay flood() {
        return flood;
    }

    public PlanLibrary plans() {
        return plans;
    }

    public ActivationTasks tasks() {
        return tasks;
    }
}
