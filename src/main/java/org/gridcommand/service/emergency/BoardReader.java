package org.gridcommand.service.emergency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.event.Event;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.resources.ExpertSnapshot;
import org.gridcommand.service.resources.ResourceSnapshot;
import org.gridcommand.service.resources.StockSnapshot;
import org.gridcommand.service.resources.TeamSnapshot;

/** Reads an activation's lines with the names and places of their resources and the state of their events. */
public final class BoardReader {
    private final ActivationService activations;
    private final EventService events;

    public BoardReader(ActivationService activations, EventService events) {
        this.activations = activations;
        this.events = events;
    }

    /** The activation's lines in the order they were created. */
    public List<BoardEntry> entries(long activationId) {
        ResourceSnapshot snapshot = activations.resources().index().snapshot();
        Map<Long, StockSnapshot> stock = new HashMap<>();
        snapshot.stock().forEach(s -> stock.put(s.stockItemId(), s));
        Map<Long, TeamSnapshot> teams = new HashMap<>();
        snapshot.teams().forEach(t -> teams.put(t.id(), t));
        Map<Long, ExpertSnapshot> experts = new HashMap<>();
        snapshot.experts().forEach(e -> experts.put(e.id(), e));
        List<BoardEntry> out = new ArrayList<>();
        for (ActivationLine l : activations.lines(activationId)) {
            out.add(switch (l.getKind()) {
                case ITEM -> {
                    StockSnapshot s = stock.get(l.getResourceId());
                    yield s == null ? bare(l) : new BoardEntry(l, s.warehouseCode(), s.warehouseName(), s.itemName(),
                            s.measureUnit(),
                            s.itemCode(), s.lon(), s.lat(), null);
                }
                case TEAM -> {
                    TeamSnapshot t = teams.get(l.getResourceId());
                    yield t == null ? bare(l) : new BoardEntry(l, t.code(), t.name(), l.getNeedCode(), null, null,
                            t.lon(),
                            t.lat(), null);
                }
                case EXPERT -> {
                    ExpertSnapshot e = experts.get(l.getResourceId());
                    yield e == null ? bare(l) : new BoardEntry(l, null, e.name(), e.field(), null, null, e.lon(),
                            e.lat(),
                            null);
                }
                case TASK -> task(l);
            });
        }
        return out;
    }

    /** A task line: "unit：task" as the planner wrote it, and its event. */
    private BoardEntry task(ActivationLine l) {
        String label = l.getLabel();
        int colon = label.indexOf('：');
        String who = colon < 0 ? label : label.substring(0, colon);
        String what = colon < 0 ? "" : label.substring(colon + 1);
        BoardEntry.TaskEvent event = null;
        if (l.getEventId() != null) {
            Event e = events.find(l.getEventId());
            event = new BoardEntry.TaskEvent(e.getId(), e.getNumber(), e.getState(), e.getVersion());
        }
        return new BoardEntry(l, null, who, what, null, null, Double.NaN, Double.NaN, event);
    }

    /** A line whose resource is gone from the snapshot (deleted, or without a position): its label only. */
    private static BoardEntry bare(ActivationLine l) {
        return new BoardEntry(l, null, l.getLabel(), "", null, null, Double.NaN, Double.NaN, null);
    }
}
