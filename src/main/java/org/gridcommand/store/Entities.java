package org.gridcommand.store;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.device.Camera;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.resource.Expert;
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
            StockItem.class, Team.class, Expert.class, Plan.class, PlanLevel.class, Event.class,
            EventTransition.class, BaseMapFeature.class,
            org.gridcommand.domain.emergency.Activation.class, org.gridcommand.domain.emergency.ActivationLine.class, org.gridcommand.domain.emergency.ActivationLogEntry.class, org.gridcommand.domain.emergency.StockMovement.class);

    private Entities() {
    }
}
