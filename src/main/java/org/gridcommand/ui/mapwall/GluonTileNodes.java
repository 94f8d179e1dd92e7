package org.gridcommand.ui.mapwall;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Gluon's base map from hoarding tile nodes. Gluon makes a node per tile it has shown and keeps every one
 * (softly referenced, so in practice until the heap is nearly full), each listening to every pan and zoom: after
 * one flight across the city 800 of them were recomputing their position three times a frame, and over a 24-hour
 * shift they only grow. Our {@link TileLayer} draws the base map, Gluon's tiles are empty and hidden (ADR 0013), so
 * dropping them costs nothing; Gluon makes the few on screen again at the next move.
 *
 * <p>Gluon has no public way to do this: its private {@code clearTiles()} is called by reflection (the console runs
 * on the class path). Should a Gluon upgrade remove it, this logs once and does nothing: the map still works,
 * just slower over a long shift.
 */
final class GluonTileNodes {
    private static final Logger LOG = LoggerFactory.getLogger(GluonTileNodes.class);

    private final Node baseMap;
    private final Field tiles;
    private final Method clear;

    private GluonTileNodes(Node baseMap, Field tiles, Method clear) {
        this.baseMap = baseMap;
        this.tiles = tiles;
        this.clear = clear;
    }

    static GluonTileNodes of(Node baseMap) {
        try {
            Field tiles = baseMap.getClass().getDeclaredField("tiles");
            Method clear = baseMap.getClass().getDeclaredMethod("clearTiles");
            tiles.setAccessible(true);
            clear.setAccessible(true);
            return new GluonTileNodes(baseMap, tiles, clear);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Cannot reach Gluon's tile nodes ({}); they will pile up over a long shift", e.toString());
            return new GluonTileNodes(baseMap, null, null);
        }
    }

    /** How many tile nodes Gluon keeps now (0 when it cannot be told). */
    int count() {
        if (tiles == null) {
            return 0;
        }
        try {
            int n = 0;
            for (Map<?, ?> level : (Map<?, ?>[]) tiles.get(baseMap)) {
                n += level.size();
            }
            return n;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** Drops Gluon's tile nodes once it keeps more than {@code most}. */
    void trim(int most) {
        if (clear == null || count() <= most) {
            return;
        }
        try {
            clear.invoke(baseMap);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Dropping Gluon's tile nodes failed: {}", e.toString());
        }
    }
}
