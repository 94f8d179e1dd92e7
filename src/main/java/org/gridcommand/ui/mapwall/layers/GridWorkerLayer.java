package org.gridcommand.ui.mapwall.layers;

import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.service.map.GridWorker;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.tools.SelectableLayer;
import org.locationtech.jts.geom.Geometry;

/**
 * The grid workers (网格员) for the selection tools: a drawn box lists the workers of every grid it touches (a box
 * smaller than a grid still finds who looks after that ground), with their grid and phone; choosing one selects their
 * grid on the map. The
 * roster is read in the background and kept; {@link #reload()} reads it again.
 */
final class GridWorkerLayer implements SelectableLayer {
    private static final Logger LOG = LoggerFactory.getLogger(GridWorkerLayer.class);
    private final MapWallModel map;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final Callable<List<GridWorker>> source;
    private Map<Long, List<GridWorker>> byGrid = Map.of();
    private List<Area> areasSeen;
    private Map<Long, Area> areasById = Map.of();

    GridWorkerLayer(MapWallModel map, Messages messages, BackgroundTasks tasks, Callable<List<GridWorker>> source) {
        this.map = map;
        this.messages = messages;
        this.tasks = tasks;
        this.source = source;
    }

    void reload() {
        tasks.run(source, workers -> {
            Map<Long, List<GridWorker>> grouped = new HashMap<>();
            for (GridWorker w : workers) {
                grouped.computeIfAbsent(w.gridId(), g -> new ArrayList<>()).add(w);
            }
            byGrid = grouped;
        }, e -> LOG.warn("Grid workers not read for the selection tools: {}", e.toString()));
    }

    @Override
    public String name() {
        return messages.get("select.workers");
    }

    @Override
    public List<?> within(Geometry shape) {
        List<GridWorker> inside = new ArrayList<>();
        for (Area grid : map.areaIndex().intersecting(shape, AreaLevel.GRID)) {
            inside.addAll(byGrid.getOrDefault(grid.getId(), List.of()));
        }
        return inside;
    }

    @Override
    public String describe(Object item) {
        GridWorker w = (GridWorker) item;
        Area grid = area(w.gridId());
        return messages.get("select.worker", w.name(), grid == null ? "" : grid.getName(),
                w.phone() == null ? "" : w.phone());
    }

    @Override
    public void choose(Object item) {
        Area grid = area(((GridWorker) item).gridId());
        if (grid != null) {
            map.selectedAreaProperty().set(grid);
        }
    }

    private Area area(long id) {
        List<Area> areas = map.areasProperty().get();
        if (areas != areasSeen) {
            Map<Long, Area> byId = new HashMap<>();
            areas.forEach(a -> byId.put(a.getId(), a));
            areasById = byId;
            areasSeen = areas;
        }
        return areasById.get(id);
    }
}
