package org.gridcommand.store;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.device.Camera;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.event.CoHandler;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.ActivationLogEntry;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.resource.Expert;
import org.gridcommand.domain.resource.ServiceStation;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.domain.resource.Team;
import org.gridcommand.domain.resource.Warehouse;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.unit.Person;
import org.gridcommand.domain.unit.Unit;

/** Every mapped entity, listed once (no classpath scanning: faster start, and explicit). */
final class Entities {
    static final List<Class<?>> ALL = List.of(
            Area.class, Unit.class, Person.class, Category.class, Camera.class, Sensor.class, Warehouse.class,
            StockItem.class, Team.class, Expert.class, ServiceStation.class, Plan.class, PlanLevel.class,
            Event.class, EventTransition.class, BaseMapFeature.class,
            DispatchRule.class, CoHandler.class, EventNotice.class,
            Activation.class, ActivationLine.class, ActivationLogEntry.class, StockMovement.class);

    private Entities() {
    }
}
