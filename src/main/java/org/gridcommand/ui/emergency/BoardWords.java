package org.gridcommand.ui.emergency;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.emergency.AreaKind;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.emergency.CommitConflict;
import org.gridcommand.service.emergency.Shortfall;
import org.gridcommand.service.emergency.StandDownSummary;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.resources.StockWords;
import org.locationtech.jts.geom.Geometry;

/**
 * The board's facts in the console's language: lines, shortfalls, the affected area, durations, conflicts and the
 * stand-down summary are all worded here from structured data, never taken from text the service wrote.
 */
final class BoardWords {
    private final Messages messages;
    private final StockWords stock;

    BoardWords(Messages messages, StockWords stock) {
        this.messages = messages;
        this.stock = stock;
    }

    StockWords stock() {
        return stock;
    }

    /** What the line is: warehouse and item, team with its people and skill, expert with field, unit and task. */
    String line(BoardLine l) {
        return switch (l.kind()) {
            case ITEM -> messages.get("line.item", l.who(), stock.item(l.itemCode(), l.what()));
            case TEAM -> messages.get("line.team", l.who(), l.quantityProperty().get(), stock.skill(l.what()));
            case EXPERT -> messages.get("line.expert", l.who(), stock.field(l.what()));
            case TASK -> messages.get("line.task", l.who(), l.what());
        };
    }

    /** The quantity column: items with their unit (and, after the stand-down, how many were used). */
    String quantity(BoardLine l) {
        int q = l.quantityProperty().get();
        if (l.kind() == LineKind.TASK) {
            return ""; // a task is one task: a count beside it reads as if something were counted
        }
        if (l.kind() != LineKind.ITEM) {
            return Integer.toString(q);
        }
        String unit = stock.unit(l.measureUnit());
        return l.consumed() > 0 ? messages.get("line.quantityUsed", q, unit, l.consumed()) : q + unit;
    }

    /** The status column: a task's event state once it is an event, else the line's own status. */
    String status(BoardLine l) {
        LineStatus s = l.statusProperty().get();
        if (s == null) {
            return messages.get("status.PROPOSED");
        }
        if (l.kind() == LineKind.TASK && l.handedOver()) {
            return messages.get("status.HANDED_OVER");
        }
        if (l.kind() == LineKind.TASK && l.event() != null && s != LineStatus.DONE) {
            return messages.get("event." + l.event().state());
        }
        return messages.get("status." + s);
    }

    String shortfall(Shortfall s) {
        return switch (s.kind()) {
            case ITEM -> messages.get("short.item", stock.item(s.needCode(), s.what()), s.needed(), s.found(),
                    s.missing(), stock.unit(s.measureUnit()));
            case TEAM -> messages.get("short.team", stock.skill(s.needCode()), s.needed(), s.found(), s.missing());
            case EXPERT -> messages.get("short.expert", stock.field(s.needCode()), s.needed(), s.found(),
                    s.missing());
            case TASK -> messages.get("short.task", unitKind(s.needCode()), s.what() == null ? "" : s.what());
        };
    }

    /** A plan line's unit token: a kind of unit (社区…) in words, or a unit code as written. */
    String unitKind(String token) {
        String key = "unitKind." + token.toUpperCase(Locale.ROOT);
        String text = messages.get(key);
        return text.equals(key) ? token : text;
    }

    /** The affected area: a circle or a drawn shape in words and figures, whole areas by their names. */
    String area(AreaKind kind, Geometry shape, double lon, double lat, Double radius, String description) {
        return switch (kind) {
            case CIRCLE -> messages.get("area.words.circle", radius == null ? 0 : radius,
                    String.format(Locale.ROOT, "%.5f, %.5f", lat, lon));
            case POLYGON -> messages.get("area.words.polygon", shape == null ? 0 : km2(shape));
            case BUFFER -> messages.get("area.words.buffer");
            case AREAS -> description;
        };
    }

    /** 45 秒, 12 分钟, 5 小时 40 分 / 45 s, 12 min, 5 h 40 min. */
    String duration(Duration d) {
        if (d.toMinutes() < 1) {
            return messages.get("duration.seconds", d.toSeconds());
        }
        if (d.toHours() < 1) {
            return messages.get("duration.minutes", d.toMinutes());
        }
        return messages.get("duration.hours", d.toHours(), d.toMinutesPart());
    }

    String conflict(CommitConflict c) {
        return messages.get("conflict." + c.why());
    }

    /** The stand-down summary, one fact per line. */
    String summary(StandDownSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(messages.get("summary.head", s.planName(), s.planRevision(), messages.get("level." + s.level()),
                duration(s.activeFor())));
        out.append('\n').append(messages.get("summary.tasks", s.tasks(), s.tasksDone(), s.tasksEnded(),
                s.tasksHandedOver()));
        out.append('\n').append(messages.get("summary.used", items(s.itemsUsed())));
        out.append('\n').append(messages.get("summary.released", items(s.itemsReleased())));
        out.append('\n').append(messages.get("summary.people", s.teams(), s.people(), s.experts()));
        if (s.medianToOnSite() != null) {
            out.append('\n').append(messages.get("summary.onSite", duration(s.medianToOnSite())));
        }
        if (!s.eventsLeftOpen().isEmpty()) {
            out.append('\n').append(messages.get("summary.leftOpen", String.join(messages.get("list.separator"),
                    s.eventsLeftOpen())));
        }
        return out.toString();
    }

    String items(List<StandDownSummary.ItemTotal> items) {
        if (items.isEmpty()) {
            return messages.get("summary.none");
        }
        return String.join(messages.get("list.separator"), items.stream()
                .map(i -> stock.amount(i.itemCode(), i.itemName(), i.measureUnit(), i.quantity())).toList());
    }

    /** Square kilometres on a local plane: enough to tell a street from a district. */
    private static double km2(Geometry g) {
        double lat0 = g.getCentroid().getY();
        double mPerDeg = Math.toRadians(1) * Wgs84.EARTH_RADIUS_M;
        return g.getArea() * mPerDeg * mPerDeg * Math.cos(Math.toRadians(lat0)) / 1e6;
    }
}
