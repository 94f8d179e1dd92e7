package org.gridcommand.ui.mapwall;

import java.lang.ref.SoftReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops Gluon's base map from making tile nodes. Gluon makes a node per tile position it has shown and keeps it
 * (softly referenced: in practice until the heap is nearly full), and every one of them recomputes its place — and
 * builds log strings while at it — at each change of zoom and of either translation, i.e. several times a frame:
 * after one flight across the city 800 of them took more of the FX thread's frame than everything we draw, and the
 * ones dropped keep listening until the garbage collector gets to them. Our {@link TileLayer} draws the base map
 * (ADR 0013); Gluon's tiles are empty and hidden and do not need to exist.
 *
 * <p>Gluon has no public way to say so. Its per-level tile tables are replaced, by reflection, with tables that hold
 * one and the same empty tile at every position, so Gluon finds "its" tile everywhere and never makes another. The
 * console runs on the class path, where this is allowed. Should a Gluon upgrade change these internals, this logs
 * once and does nothing: the map still works, only slower.
 */
final class GluonTileNodes {
    private static final Logger LOG = LoggerFactory.getLogger(GluonTileNodes.class);

    private final Parent baseMap;
    /** Keeps the one tile alive: Gluon's tables hold it softly. */
    private final Object theTile;

    private GluonTileNodes(Parent baseMap, Object theTile) {
        this.baseMap = baseMap;
        this.theTile = theTile;
    }

    /** Makes Gluon's base map use one empty tile node for every position from now on. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static GluonTileNodes oneTileFor(Parent baseMap) {
        try {
            Class<?> type = baseMap.getClass();
            Field tables = type.getDeclaredField("tiles");
            tables.setAccessible(true);
            Class<?> tileType = Class.forName("com.gluonhq.impl.maps.MapTile", false, type.getClassLoader());
            Constructor<?> make = tileType.getDeclaredConstructor(type, int.class, long.class, long.class);
            make.setAccessible(true);
            Object tile = make.newInstance(baseMap, 0, 0L, 0L);
            Map[] perLevel = (Map[]) tables.get(baseMap);
            for (int level = 0; level < perLevel.length; level++) {
                perLevel[level] = new EverywhereTheSame(new SoftReference<>(tile));
            }
            return new GluonTileNodes(baseMap, tile);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("Cannot stop Gluon making tile nodes ({}); panning will be slower over a long shift",
                    e.toString());
            return new GluonTileNodes(baseMap, null);
        }
    }

    /** How many of Gluon's tile nodes are in its base map now. */
    int count() {
        int n = 0;
        for (Node child : baseMap.getChildrenUnmodifiable()) {
            if (child.getClass().getName().equals("com.gluonhq.impl.maps.MapTile")) {
                n++;
            }
        }
        return n;
    }

    /**
     * A tile table that has the same tile at every position and forgets whatever is put in it. A HashMap because
     * Gluon's array of tables is a {@code HashMap[]}.
     */
    private static final class EverywhereTheSame extends HashMap<Long, SoftReference<?>> {
        private final SoftReference<?> tile;

        EverywhereTheSame(SoftReference<?> tile) {
            this.tile = tile;
        }

        @Override
        public SoftReference<?> get(Object key) {
            return tile;
        }

        @Override
        public SoftReference<?> put(Long key, SoftReference<?> value) {
            return tile;
        }

    }
}
