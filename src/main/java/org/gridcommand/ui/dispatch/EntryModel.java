package org.gridcommand.ui.dispatch;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.queue.CategoryChoice;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.locationtech.jts.geom.Point;

/**
 * View-model of the duty officer's entry (值班员录入): what was reported, where (a point picked on the map, or a
 * grid code typed, which places it at the grid's interior point) and how urgent. Creates the event through the
 * same intake as every other channel.
 */
final class EntryModel {
    private final EventService events;
    private final BackgroundTasks tasks;
    private final OfficerNotices notices;
    private final Messages messages;
    private final String actor;
    private final Supplier<List<Area>> areas;
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty description = new SimpleStringProperty(this, "description", "");
    final ObjectProperty<CategoryChoice> category = new SimpleObjectProperty<>(this, "category");
    final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(this, "urgency", Urgency.NORMAL);
    final StringProperty address = new SimpleStringProperty(this, "address", "");
    final StringProperty gridCode = new SimpleStringProperty(this, "gridCode", "");
    /** lon, lat picked on the map; null when none was picked. */
    final ObjectProperty<double[]> point = new SimpleObjectProperty<>(this, "point");

    EntryModel(EventService events, BackgroundTasks tasks, OfficerNotices notices, Messages messages, String actor,
               Supplier<List<Area>> areas) {
        this.events = events;
        this.tasks = tasks;
        this.notices = notices;
        this.messages = messages;
        this.actor = actor;
        this.areas = areas;
    }

    /**
     * Checks the form and creates the event; {@code created} gets its id. Returns the problem to show next to the
     * form, or null when the report was sent.
     */
    String submit(LongConsumer created) {
        if (title.get().isBlank()) {
            return messages.get("entry.needTitle");
        }
        double[] where = point.get();
        if (where == null && !gridCode.get().isBlank()) {
            Area grid = areas.get().stream().filter(a -> a.getCode().equalsIgnoreCase(gridCode.get().trim()))
                    .findFirst().orElse(null);
            if (grid == null || grid.getBoundary() == null) {
                return messages.get("entry.unknownGrid", gridCode.get().trim());
            }
            Point inside = grid.getBoundary().getInteriorPoint();
            where = new double[] {inside.getX(), inside.getY()};
        }
        CategoryChoice c = category.get();
        IntakeReport report = new IntakeReport(Channel.DUTY_OFFICER, null, c == null ? null : c.code(),
                title.get().trim(), description.get().trim(), where == null ? null : where[0],
                where == null ? null : where[1], address.get().trim(), actor, null, urgency.get());
        tasks.run(() -> events.intake(report), result -> {
            notices.info(messages.get("entry.created", result.event().getNumber()));
            clear();
            created.accept(result.event().getId());
        }, notices::problem);
        return null;
    }

    void clear() {
        title.set("");
        description.set("");
        category.set(null);
        urgency.set(Urgency.NORMAL);
        address.set("");
        gridCode.set("");
        point.set(null);
    }
}
