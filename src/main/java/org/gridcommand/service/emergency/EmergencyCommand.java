package org.gridcommand.service.emergency;

import java.time.Clock;
import org.gridcommand.service.event.EventService;

/**
 * What the commander's console adds on top of {@link EmergencyServices}: the sensor feed with its recent
 * readings, the trigger watch, the flood replay, the plan library, tasks as closed-loop events, the board's
 * reading of an activation and the stand-down. One per open
 * database, shared by the emergency and resources screens.
 */
public final class EmergencyCommand {
    private final EmergencyServices services;
    private final SensorFeed feed;
    private final TriggerWatch watch;
    private final FloodReplay flood;
    private final PlanLibrary plans;
    private final ActivationTasks tasks;
    private final BoardReader board;
    private final StandDown standDown;

    public EmergencyCommand(EmergencyServices services, EventService events, Clock clock) {
        this.services = services;
        this.feed = new SensorFeed(services.database(), clock);
        this.watch = new TriggerWatch(services.activations(), feed, services.triggers(), services.database(), clock);
        this.flood = new FloodReplay(feed, clock);
        this.plans = new PlanLibrary(services.database(), services.activations());
        this.tasks = new ActivationTasks(services.database(), services.activations(), events);
        this.board = new BoardReader(services.activations(), events);
        this.standDown = new StandDown(services.activations(), events, clock);
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

    /** An activation's lines with names, places and their events' states, as the board shows them. */
    public BoardReader board() {
        return board;
    }

    /** 响应终止, with the task events closed or handed to their units. */
    public StandDown standDown() {
        return standDown;
    }
}
