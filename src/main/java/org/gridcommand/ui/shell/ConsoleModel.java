package org.gridcommand.ui.shell;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.gridcommand.domain.area.Area;
import org.gridcommand.service.city.AreaSummary;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.city.EventCounts;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * View-model of the console frame: the status bar's clock and counts, and the selected area with its summary.
 * Calls {@link CityService} only through {@link BackgroundTasks}; all properties change on the FX thread.
 */
public final class ConsoleModel {
    private static final DateTimeFormatter CLOCK_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CityService city;
    private final Clock clock;
    private final ZoneId zone;
    private final BackgroundTasks tasks;

    private final StringProperty clockText = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final LongProperty openEvents = new SimpleLongProperty(-1);
    private final LongProperty overdueEvents = new SimpleLongProperty(-1);
    private final ObjectProperty<Area> selectedArea = new SimpleObjectProperty<>();
    private final ObjectProperty<AreaSummary> selectedSummary = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ChangeListener<Area> selectionListener = (obs, old, area) -> summarize(area);
    private long summaryRequest;

    public ConsoleModel(CityService city, Clock clock, ZoneId zone, BackgroundTasks tasks, String userName,
                        String databaseDescription) {
        this.city = city;
        this.clock = clock;
        this.zone = zone;
        this.tasks = tasks;
        this.user.set(userName);
        this.database.set(databaseDescription);
        selectedArea.addListener(selectionListener);
        tick();
    }

    /** Updates the clock text from the application clock (called every second by the view's timer). */
    public void tick() {
        clockText.set(CLOCK_FORMAT.format(ZonedDateTime.ofInstant(clock.instant(), zone)));
    }

    /** Names the operator now holding the console (after a hand-over or a new sign-in). */
    public void showUser(String userName) {
        user.set(userName);
    }

    /** Reloads the open / overdue counts in the background. */
    public void refreshCounts() {
        tasks.run(city::eventCounts, this::showCounts, this::report);
    }

    private void showCounts(EventCounts counts) {
        openEvents.set(counts.open());
        overdueEvents.set(counts.overdue());
    }

    private void summarize(Area area) {
        long request = ++summaryRequest;
        if (area == null) {
            selectedSummary.set(null);
            return;
        }
        tasks.run(() -> city.summarize(area.getId()), summary -> {
            if (request == summaryRequest) {
                selectedSummary.set(summary);
            }
        }, this::report);
    }

    private void report(Throwable t) {
        problem.set(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    /** Releases listeners; the console runs for weeks and views come and go. */
    public void dispose() {
        selectedArea.removeListener(selectionListener);
    }

    public ReadOnlyStringProperty clockTextProperty() { return clockText; }
    public ReadOnlyStringProperty userProperty() { return user; }
    public ReadOnlyStringProperty databaseProperty() { return database; }
    public LongProperty openEventsProperty() { return openEvents; }
    public LongProperty overdueEventsProperty() { return overdueEvents; }
    public ObjectProperty<Area> selectedAreaProperty() { return selectedArea; }
    public ObjectProperty<AreaSummary> selectedSummaryProperty() { return selectedSummary; }
    public ReadOnlyStringProperty problemProperty() { return problem; }
}
