package org.gridcommand.ui.mapwall.layers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.ExpertPoint;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.service.map.MapPoints.StationPoint;
import org.gridcommand.service.map.MapPoints.Stock;
import org.gridcommand.service.map.MapPoints.TeamPoint;
import org.gridcommand.service.map.MapPoints.WarehousePoint;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.Messages;

/**
 * Details of the point selected on the map: a camera with its live picture, a sensor with its gauge, an event with
 * its deadline, a warehouse with its stock, a team, an expert, a grid station or service centre. Binds to the model's
 * selection only.
 */
public final class PointDetailsView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages m;
    private final EventWords eventWords;
    private final Clock clock;
    private final Label heading = new Label();
    private final Label sub = new Label();
    private final GridPane facts = new GridPane();
    private final CameraPlayer player;
    private final SensorGauge gauge = new SensorGauge();
    private final Subscription subscription;

    public PointDetailsView(PointLayersModel model, Messages messages) {
        this.m = messages;
        this.eventWords = new EventWords(messages.locale());
        this.clock = model.clock();
        this.player = new CameraPlayer(messages);
        getStyleClass().add("details-panel");
        setId("point-details");
        setSpacing(8);
        setPadding(new Insets(12));
        heading.getStyleClass().add("details-heading");
        heading.setId("point-heading");
        heading.setWrapText(true);
        sub.getStyleClass().add("details-path");
        sub.setWrapText(true);
        facts.getStyleClass().add("details-facts");
        facts.setHgap(12);
        facts.setVgap(6);
        subscription = model.selectedProperty().subscribe(this::show);
    }

    private void show(Object point) {
        player.stop();
        facts.getChildren().clear();
        getChildren().setAll(heading, sub, facts);
        if (point instanceof CameraPoint c) {
            camera(c);
        } else if (point instanceof SensorPoint s) {
            sensor(s);
        } else if (point instanceof EventPin e) {
            event(e);
        } else if (point instanceof WarehousePoint w) {
            warehouse(w);
        } else if (point instanceof TeamPoint t) {
            team(t);
        } else if (point instanceof ExpertPoint x) {
            expert(x);
        } else if (point instanceof StationPoint s) {
            station(s);
        } else {
            heading.setText(m.get("details.none"));
            sub.setText(m.get("details.hint"));
        }
    }

    private void camera(CameraPoint c) {
        heading.setText(c.name());
        sub.setText(m.get("camera.title"));
        int r = fact(0, "camera.code", c.code());
        r = fact(r, "camera.status", m.get(c.online() ? "camera.online" : "camera.offline"));
        r = fact(r, "camera.ai", m.get(c.aiEnabled() ? "camera.yes" : "camera.no"));
        fact(r, "camera.stream", c.streamUrl() == null ? "—" : c.streamUrl());
        getChildren().add(2, player);
        player.play(c.streamUrl(), c.online());
    }

    private void sensor(SensorPoint s) {
        heading.setText(s.name());
        sub.setText(m.get("sensor.title") + " · " + m.get("sensor." + s.kind()));
        String unit = s.unit() == null ? "" : " " + s.unit();
        int r = fact(0, "code", s.code());
        r = fact(r, "sensor.state", m.get("sensor." + s.state()));
        r = fact(r, "sensor.value", s.lastValue() == null ? m.get("sensor.noReading")
                : String.format("%.2f%s", s.lastValue(), unit));
        r = fact(r, "sensor.readAt", time(s.lastReadingAt()));
        r = fact(r, "sensor.warning", String.format("%.2f%s", s.warningThreshold(), unit));
        fact(r, "sensor.alarm", String.format("%.2f%s", s.alarmThreshold(), unit));
        gauge.show(s);
        getChildren().add(gauge);
    }

    private void event(EventPin e) {
        heading.setText(eventWords.title(e.title(), e.wording()));
        sub.setText(m.get("event.title") + " " + e.number());
        int r = fact(0, "event.number", e.number());
        r = fact(r, "event.state", "en".equals(m.locale().getLanguage()) ? e.state().english() : e.state().chinese());
        r = fact(r, "event.urgency", m.get("event." + e.urgency()));
        r = fact(r, "event.address", e.address() == null ? "—" : e.address());
        r = fact(r, "event.reported", time(e.reportedAt()));
        r = fact(r, "event.due", e.handlingDueAt() == null ? m.get("event.noDue") : time(e.handlingDueAt()));
        TimeLimit.Countdown cd = PointLayersModel.countdown(e, clock.instant());
        if (cd != null) {
            Label v = fact(r, "event.countdown", null, new PointPainter(m).badge(cd.remaining()));
            // style classes of the console's stylesheet (an inline looked-up colour fails where it is absent)
            if (cd.status() == TimeLimitStatus.OVERDUE) {
                v.getStyleClass().add("countdown-overdue");
            } else if (cd.nearDueOrOverdue()) {
                v.getStyleClass().add("countdown-near-due");
            }
        }
    }

    private void warehouse(WarehousePoint w) {
        heading.setText(w.name());
        sub.setText(m.get("warehouse.title") + (w.address() == null ? "" : " · " + w.address()));
        int r = fact(0, "code", w.code());
        r = fact(r, "warehouse.keeper", w.keeper() == null ? "—" : w.keeper());
        r = fact(r, "phone", w.phone() == null ? "—" : w.phone());
        for (Stock s : w.stock()) {
            fact(r++, null, s.itemName(), m.get("warehouse.available", s.quantity() - s.reserved(), s.quantity(),
                    s.unit() == null ? "" : s.unit()));
        }
    }

    private void team(TeamPoint t) {
        heading.setText(t.name());
        sub.setText(m.get("team.title"));
        int r = fact(0, "code", t.code());
        r = fact(r, "team.status", m.get("team." + t.status()));
        r = fact(r, "team.headcount", Integer.toString(t.headcount()));
        r = fact(r, "team.skills", t.skills());
        r = fact(r, "team.leader", t.leader() == null ? "—" : t.leader());
        fact(r, "phone", t.phone() == null ? "—" : t.phone());
    }

    private void expert(ExpertPoint x) {
        heading.setText(x.name() + (x.title() == null ? "" : " · " + x.title()));
        sub.setText(m.get("expert.title"));
        int r = fact(0, "expert.field", x.field());
        r = fact(r, "expert.organization", x.organization() == null ? "—" : x.organization());
        r = fact(r, "expert.available", m.get(x.available() ? "expert.yes" : "expert.no"));
        fact(r, "phone", x.phone() == null ? "—" : x.phone());
    }

    private void station(StationPoint s) {
        heading.setText(s.name());
        sub.setText(m.get("station." + s.kind()));
        int r = fact(0, "code", s.code());
        r = fact(r, "station.kind", m.get("station." + s.kind()));
        r = fact(r, "station.area", s.areaName() == null ? "—" : s.areaName());
        r = fact(r, "station.address", s.address() == null ? "—" : s.address());
        r = fact(r, "phone", s.phone() == null ? "—" : s.phone());
        r = fact(r, "station.hours", s.openingHours() == null ? "—" : s.openingHours());
        fact(r, "station.staff", m.get("station.people", s.staffCount()));
    }

    private String time(Instant t) {
        return t == null ? "—" : TIME.format(t.atZone(clock.getZone() == null ? ZoneId.systemDefault()
                : clock.getZone()));
    }

    private int fact(int row, String key, String value) {
        fact(row, key, null, value);
        return row + 1;
    }

    private Label fact(int row, String key, String name, String value) {
        Label n = new Label(key == null ? name : m.get(key));
        n.getStyleClass().add("fact-name");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        facts.addRow(row, n, v);
        return v;
    }

    /** Stops the camera picture and releases the selection listener. */
    public void dispose() {
        player.stop();
        subscription.unsubscribe();
    }

    CameraPlayer player() {
        return player;
    }
}
