package org.gridcommand.ui.mapwall;

import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A regular test city: a district split into a lattice of streets, each into communities, grids and micro-grids,
 * with 6 vertices per edge (real boundaries are not bare rectangles), plus a base map with a river, parks, blocks,
 * roads and Chinese place names.
 */
final class SyntheticCity {
    static final double WEST = 120.10;
    static final double SOUTH = 30.20;
    static final double EAST = 120.30;
    static final double NORTH = 30.35;

    final List<Area> areas = new ArrayList<>();
    private long nextId = 1;

    /**
     * @param cols columns of streets, then how many columns each level splits its parent into
     * @param rows the same for rows
     */
    SyntheticCity(int[] cols, int[] rows) {
        Area district = add(AreaLevel.DISTRICT, "示范区", null, WEST, SOUTH, EAST, NORTH);
        split(district, 0, cols, rows, WEST, SOUTH, EAST, NORTH);
    }

    /** ~250 areas: quick for tests. */
    static SyntheticCity small() {
        return new SyntheticCity(new int[] {2, 2, 2, 2}, new int[] {2, 2, 2, 2});
    }

    /** 12 streets, 144 communities, 1,296 grids, 7,776 micro-grids: the scale of a real city. */
    static SyntheticCity realScale() {
        return new SyntheticCity(new int[] {4, 3, 3, 2}, new int[] {3, 4, 3, 3});
    }

    private void split(Area parent, int depth, int[] cols, int[] rows, double w, double s, double e, double n) {
        if (depth == cols.length) {
            return;
        }
        AreaLevel level = AreaLevel.values()[depth + 1];
        double dx = (e - w) / cols[depth];
        double dy = (n - s) / rows[depth];
        for (int c = 0; c < cols[depth]; c++) {
            for (int r = 0; r < rows[depth]; r++) {
                double cw = w + c * dx;
                double cs = s + r * dy;
                Area child = add(level, name(level), parent.getId(), cw, cs, cw + dx, cs + dy);
                split(child, depth + 1, cols, rows, cw, cs, cw + dx, cs + dy);
            }
        }
    }

    private String name(AreaLevel level) {
        return switch (level) {
            case STREET -> "长安街道" + nextId;
            case COMMUNITY -> "和平社区" + nextId;
            case GRID -> "网格" + nextId;
            default -> "微" + nextId;
        };
    }

    private Area add(AreaLevel level, String name, Long parent, double w, double s, double e, double n) {
        long id = nextId++;
        Area a = new Area(id, level, level.name().charAt(0) + "-" + id, name, parent, 400, box(w, s, e, n, 6));
        areas.add(a);
        return a;
    }

    Area first(AreaLevel level) {
        return areas.stream().filter(a -> a.getLevel() == level).findFirst().orElseThrow();
    }

    static Polygon box(double w, double s, double e, double n, int perEdge) {
        List<Coordinate> cs = new ArrayList<>();
        double[][] corners = {{w, s}, {e, s}, {e, n}, {w, n}};
        for (int k = 0; k < 4; k++) {
            double[] a = corners[k];
            double[] b = corners[(k + 1) % 4];
            for (int i = 0; i < perEdge; i++) {
                double t = (double) i / perEdge;
                cs.add(new Coordinate(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t));
            }
        }
        cs.add(cs.get(0));
        return Wgs84.FACTORY.createPolygon(cs.toArray(Coordinate[]::new));
    }

    /** A base map over the city: land, a river crossing west to east, parks, blocks, roads and names. */
    static List<BaseMapFeature> baseMap() {
        List<BaseMapFeature> f = new ArrayList<>();
        long id = 1;
        f.add(new BaseMapFeature(id++, MapFeatureKind.LAND, "示范区", 0, box(WEST, SOUTH, EAST, NORTH, 1)));
        double midLat = (SOUTH + NORTH) / 2;
        List<Coordinate> river = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            double lon = WEST + (EAST - WEST) * i / 40;
            river.add(new Coordinate(lon, midLat + 0.01 * Math.sin(i / 4.0)));
        }
        var riverLine = Wgs84.FACTORY.createLineString(river.toArray(Coordinate[]::new));
        f.add(new BaseMapFeature(id++, MapFeatureKind.WATER, "钱塘江", 0, riverLine.buffer(0.003)));
        for (int c = 0; c < 8; c++) {
            for (int r = 0; r < 6; r++) {
                double w = WEST + c * 0.025 + 0.002;
                double s = SOUTH + r * 0.025 + 0.002;
                MapFeatureKind kind = (c + r) % 7 == 3 ? MapFeatureKind.PARK : MapFeatureKind.BLOCK;
                f.add(new BaseMapFeature(id++, kind, null, 0, box(w, s, w + 0.021, s + 0.021, 1)));
            }
        }
        for (int c = 0; c <= 8; c++) {
            double lon = WEST + c * 0.025;
            MapFeatureKind kind = c % 2 == 0 ? MapFeatureKind.ROAD_MAJOR : MapFeatureKind.ROAD_MINOR;
            f.add(new BaseMapFeature(id++, kind, null, 0, Wgs84.FACTORY.createLineString(
                    new Coordinate[] {new Coordinate(lon, SOUTH), new Coordinate(lon, NORTH)})));
        }
        for (int r = 0; r <= 6; r++) {
            double lat = SOUTH + r * 0.025;
            f.add(new BaseMapFeature(id++, MapFeatureKind.ROAD_MAJOR, null, 0, Wgs84.FACTORY.createLineString(
                    new Coordinate[] {new Coordinate(WEST, lat), new Coordinate(EAST, lat)})));
        }
        f.add(new BaseMapFeature(id++, MapFeatureKind.LABEL, "钱塘江", 11, Wgs84.point(120.16, midLat)));
        f.add(new BaseMapFeature(id++, MapFeatureKind.LABEL, "人民公园", 13, Wgs84.point(120.19, 30.24)));
        f.add(new BaseMapFeature(id, MapFeatureKind.LABEL, "市民中心", 12, Wgs84.point(120.23, 30.31)));
        return f;
    }
}
