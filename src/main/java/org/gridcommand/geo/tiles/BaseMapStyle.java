package org.gridcommand.geo.tiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.gridcommand.domain.map.MapFeatureKind;

/**
 * The night style of the base map for a 24-hour watch floor: a near-black city so that grids, events and alarms drawn
 * on top stay the brightest things on the wall. Also decides from which zoom a kind is worth drawing at all, on top
 * of each feature's own {@code min_zoom}: lanes and blocks at city zoom are only noise.
 */
public final class BaseMapStyle {
    /** Bump when the look changes, so that tile caches keyed by it are not reused. */
    public static final int VERSION = 2;

    /** Outside the city (and where no feature is). */
    public static final Color BACKGROUND = new Color(0x080c12);
    public static final Color LAND = new Color(0x0f1720);
    public static final Color BLOCK = new Color(0x17212d);
    public static final Color PARK = new Color(0x0f2a1d);
    public static final Color WATER = new Color(0x0d2f52);
    public static final Color ROAD_MINOR = new Color(0x313c4a);
    public static final Color ROAD_MAJOR = new Color(0xa8782b);
    public static final Color LABEL = new Color(0xc6cdd6);
    public static final Color LABEL_HALO = new Color(0x080c12);

    /** Painting order: later kinds cover earlier ones (roads cross water as bridges, labels on top). */
    public static final List<MapFeatureKind> ORDER = List.of(MapFeatureKind.LAND, MapFeatureKind.BLOCK,
            MapFeatureKind.PARK, MapFeatureKind.WATER, MapFeatureKind.ROAD_MINOR, MapFeatureKind.ROAD_MAJOR,
            MapFeatureKind.LABEL);

    private BaseMapStyle() {
    }

    public static Color fill(MapFeatureKind kind) {
        return switch (kind) {
            case LAND -> LAND;
            case BLOCK -> BLOCK;
            case PARK -> PARK;
            case WATER -> WATER;
            case ROAD_MINOR -> ROAD_MINOR;
            case ROAD_MAJOR -> ROAD_MAJOR;
            case LABEL -> LABEL;
        };
    }

    /** Whether the kind is a line (stroked) rather than an area (filled) or a label. */
    public static boolean isLine(MapFeatureKind kind) {
        return kind == MapFeatureKind.ROAD_MAJOR || kind == MapFeatureKind.ROAD_MINOR;
    }

    /** The lowest zoom at which a kind is drawn regardless of the feature's own min_zoom. */
    public static int minZoom(MapFeatureKind kind) {
        return switch (kind) {
            case BLOCK, ROAD_MINOR -> 13;
            default -> 0;
        };
    }

    /** Road stroke at a zoom: widths grow about 1.5× per level so that roads keep a plausible width on the ground. */
    public static BasicStroke roadStroke(MapFeatureKind kind, int zoom) {
        double width = kind == MapFeatureKind.ROAD_MAJOR
                ? clamp(1.2 * Math.pow(1.55, zoom - 12), 1.0, 18)
                : clamp(0.8 * Math.pow(1.55, zoom - 14), 0.6, 10);
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The widest stroke any road gets at this zoom, to grow tile queries so a road just outside still shows. */
    public static double maxStrokeWidth(int zoom) {
        return roadStroke(MapFeatureKind.ROAD_MAJOR, zoom).getLineWidth();
    }

    /** Label text size in points at a zoom. */
    public static float labelSize(int zoom) {
        return (float) clamp(10 + (zoom - 11), 11, 17);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
