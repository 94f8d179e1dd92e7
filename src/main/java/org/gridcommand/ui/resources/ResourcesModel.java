package org.gridcommand.ui.resources;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.resources.ExpertSnapshot;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.service.resources.ResourceSnapshot;
import org.gridcommand.service.resources.StockSnapshot;
import org.gridcommand.service.resources.TeamSnapshot;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of resource lookup, in or outside an emergency: warehouse stock searched by item, teams by skill and
 * status, experts by field and availability, nearest first from the map's selected area (or by code when nothing
 * is selected), and the inventory movements of one stock item.
 */
public final class ResourcesModel {
    /** A row with its distance from the origin (NaN without one). */
    public record Row<T>(T resource, double distanceMeters) {
    }

    /** Where distances are measured from. */
    public record Origin(double lon, double lat, String name) {
    }

    private final ResourceService resources;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StockWords words;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<TeamStatus> teamStatus = new SimpleObjectProperty<>(this, "teamStatus");
    private final ObjectProperty<Origin> origin = new SimpleObjectProperty<>(this, "origin");
    private final ObservableList<Row<StockSnapshot>> stock = FXCollections.observableArrayList();
    private final ObservableList<Row<TeamSnapshot>> teams = FXCollections.observableArrayList();
    private final ObservableList<Row<ExpertSnapshot>> experts = FXCollections.observableArrayList();
    private final ObservableList<StockMovement> movements = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public ResourcesModel(ResourceService resources, BackgroundTasks tasks, Messages messages, StockWords words) {
        this.resources = resources;
        this.tasks = tasks;
        this.messages = messages;
        this.words = words;
    }

    private record Found(List<Row<StockSnapshot>> stock, List<Row<TeamSnapshot>> teams,
                         List<Row<ExpertSnapshot>> experts) {
    }

    /** Re-reads the resources (fresh from the database when {@code reread}) and applies search, filter and sort. */
    public void refresh(boolean reread) {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        TeamStatus status = teamStatus.get();
        Origin from = origin.get();
        tasks.run(() -> {
            ResourceSnapshot s = (reread ? resources.refresh() : resources.index()).snapshot();
            return new Found(
                    sorted(s.stock().stream().filter(x -> matches(text, x.itemCode(), x.itemName(), x.warehouseName(),
                            x.warehouseCode(), words.item(x.itemCode(), x.itemName()))).toList(), StockSnapshot::lon,
                            StockSnapshot::lat, from),
                    sorted(s.teams().stream().filter(t -> status == null || t.status() == status)
                            .filter(t -> matches(text, t.name(), t.code(), String.join(",", t.skills()),
                                    String.join(",", t.skills().stream().map(words::skill).toList()))).toList(),
                            TeamSnapshot::lon, TeamSnapshot::lat, from),
                    sorted(s.experts().stream().filter(e -> matches(text, e.name(), e.field(), e.organization(),
                            words.field(e.field()))).toList(), ExpertSnapshot::lon, ExpertSnapshot::lat, from));
        }, found -> {
            stock.setAll(found.stock());
            teams.setAll(found.teams());
            experts.setAll(found.experts());
            message.set(messages.get("found", found.stock().size(), found.teams().size(), found.experts().size()));
        }, error -> message.set(messages.get("failed", error.getMessage())));
    }

    /** The in/out/reserved/released history of one stock item. */
    public void showMovements(StockSnapshot item) {
        movements.clear();
        if (item == null) {
            return;
        }
        tasks.run(() -> resources.movements(item.stockItemId()), movements::setAll,
                error -> message.set(messages.get("failed", error.getMessage())));
    }

    private static boolean matches(String text, String... fields) {
        if (text.isEmpty()) {
            return true;
        }
        for (String f : fields) {
            if (f != null && f.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<Row<T>> sorted(List<T> items, ToDoubleFunction<T> lon, ToDoubleFunction<T> lat,
                                           Origin from) {
        return items.stream().map(t -> new Row<>(t, from == null ? Double.NaN
                        : Wgs84.distanceMeters(from.lon(), from.lat(), lon.applyAsDouble(t), lat.applyAsDouble(t))))
                .sorted(from == null ? Comparator.comparingInt(r -> 0)
                        : Comparator.comparingDouble(Row<T>::distanceMeters))
                .toList();
    }

    public StringProperty searchProperty() { return search; }
    public ObjectProperty<TeamStatus> teamStatusProperty() { return teamStatus; }
    public ObjectProperty<Origin> originProperty() { return origin; }
    public ObservableList<Row<StockSnapshot>> stock() { return stock; }
    public ObservableList<Row<TeamSnapshot>> teams() { return teams; }
    public ObservableList<Row<ExpertSnapshot>> experts() { return experts; }
    public ObservableList<StockMovement> movements() { return movements; }
    public StringProperty messageProperty() { return message; }
}
