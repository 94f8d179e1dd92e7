package org.gridcommand.ui.search;

import java.util.Objects;
import java.util.function.Consumer;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.service.search.SearchHit;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.tools.MapTools;

/**
 * Takes the map to a search hit: an area is selected and framed; a camera or an event is centred at street zoom,
 * marked, and the grid it stands in is selected so the details panel shows where it is.
 */
public final class MapFlight implements Consumer<SearchHit> {
    /** Street level: a camera or an event with the buildings around it. */
    static final double POINT_ZOOM = 17;

    private final MapWallModel map;
    private final MapWallView view;
    private final MapTools tools;

    public MapFlight(MapWallModel map, MapWallView view, MapTools tools) {
        this.map = map;
        this.view = view;
        this.tools = tools;
    }

    @Override
    public void accept(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.AREA) {
            Area area = map.areasProperty().get().stream().filter(a -> Objects.equals(a.getId(), hit.id()))
                    .findFirst().orElse(null);
            if (area != null) {
                map.selectedAreaProperty().set(area);
                map.focus(area);
                return;
            }
        }
        view.centreOn(hit.lon(), hit.lat(), Math.max(POINT_ZOOM, map.zoomProperty().get()));
        tools.mark(hit.lon(), hit.lat());
        map.areaIndex().locate(hit.lon(), hit.lat(), AreaLevel.GRID)
                .ifPresent(grid -> map.selectedAreaProperty().set(grid));
    }
}
