package org.gridcommand.ui.search;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.service.search.SearchHit;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.tools.MapTools;

/**
 * Takes the map to a search hit. An area is selected, framed, and becomes the scope of the event lists (the officer
 * searched for it to work on it). A camera or an event is centred at street zoom, marked, and the grid it stands in
 * is selected so the details panel shows where it is — without scoping: the queue of that grid may not hold the
 * event (a closed one), so an event is opened itself instead.
 */
public final class MapFlight implements Consumer<SearchHit> {
    /** Street level: a camera or an event with the buildings around it. */
    static final double POINT_ZOOM = 17;

    private final MapWallModel map;
    private final MapWallView view;
    private final MapTools tools;
    private final LongConsumer openEvent;

    /** {@code openEvent} shows an event found by its number or address (in the console: its detail). */
    public MapFlight(MapWallModel map, MapWallView view, MapTools tools, LongConsumer openEvent) {
        this.map = map;
        this.view = view;
        this.tools = tools;
        this.openEvent = openEvent;
    }

    @Override
    public void accept(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.AREA) {
            Area area = map.areasProperty().get().stream().filter(a -> Objects.equals(a.getId(), hit.id()))
                    .findFirst().orElse(null);
            if (area != null) {
                map.selectedAreaProperty().set(area);
                map.scopeProperty().set(area);
                map.focus(area);
                return;
            }
        }
        view.centreOn(hit.lon(), hit.lat(), Math.max(POINT_ZOOM, map.zoomProperty().get()));
        tools.mark(hit.lon(), hit.lat());
        map.areaIndex().locate(hit.lon(), hit.lat(), AreaLevel.GRID)
                .ifPresent(grid -> map.selectedAreaProperty().set(grid));
        if (hit.kind() == SearchHit.Kind.EVENT) {
            openEvent.accept(hit.id());
        }
    }
}
