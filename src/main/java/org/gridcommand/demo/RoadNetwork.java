package org.gridcommand.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The street network as a warped, jittered lattice (roads bend and blocks differ, as in a grown city): every
 * lattice line is a street, some are named arterials, four of them form the ring road; the lattice cells become
 * city blocks (dense in the centre, sparse at the edge) and parks. Water cuts blocks where the river passes.
 */
final class RoadNetwork {
    record Road(String name, Geometry line, boolean ring) {
    }

    /** A street crossing, named after its roads when both are named (for camera names and addresses). */
    record Crossing(Coordinate at, String name) {
    }

    record Park(String name, Polygon shape) {
    }

    final List<Road> majorRoads = new ArrayList<>();
    final List<Geometry> minorRoads = new ArrayList<>();
    final List<Polygon> blocks = new ArrayList<>();
    final List<Park> parks = new ArrayList<>();
    final List<Crossing> crossings = new ArrayList<>();

    private final Coordinate[][] node;
    private final int cols;
    private final int rows;
    /** 0 = nothing, 1 = block, 2 = park */
    private final int[][] use;

    RoadNetwork(CityOutline outline, Waterways water, double spacingMetres, SplittableRandom random) {
        double dx = spacingMetres / CityOutline.M_PER_DEG_LON;
        double dy = spacingMetres / CityOutline.M_PER_DEG_LAT;
        double west = CityOutline.CENTER_LON - CityOutline.HALF_WIDTH - dx;
        double south = CityOutline.CENTER_LAT - CityOutline.HALF_HEIGHT - dy;
        cols = (int) Math.ceil(2 * (CityOutline.HALF_WIDTH + dx) / dx) + 1;
        rows = (int) Math.ceil(2 * (CityOutline.HALF_HEIGHT + dy) / dy) + 1;
        node = new Coordinate[cols][rows];
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < rows; j++) {
                double lon = west + i * dx + (random.nextDouble() - 0.5) * 0.24 * dx;
                double lat = south + j * dy + (random.nextDouble() - 0.5) * 0.24 * dy;
                // a gentle warp so that long roads curve instead of running ruler-straight
                node[i][j] = new Coordinate(lon + 0.0015 * Math.sin(lat * 60), lat + 0.0012 * Math.sin(lon * 45));
            }
        }
        use = new int[cols - 1][rows - 1];
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(outline.boundary());
        placeParks(inside, water, random);
        placeBlocks(inside, water, random);
        placeMajorRoads(outline, spacingMetres);
        // arterials bridge the river but go round the lakes: cut them where they would cross one
        Geometry lakes = Wgs84.FACTORY.buildGeometry(water.lakes.stream().map(Waterways.Lake::shape).toList());
        majorRoads.replaceAll(r -> new Road(r.name(), r.line().difference(lakes), r.ring()));
        placeMinorRoads(water);
    }

    private Polygon cell(int i, int j) {
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {node[i][j], node[i + 1][j], node[i + 1][j + 1],
            node[i][j + 1], node[i][j]});
    }

    private boolean cellInside(IndexedPointInAreaLocator inside, int i, int j) {
        return inside.locate(node[i][j]) == Location.INTERIOR && inside.locate(node[i + 1][j]) == Location.INTERIOR
                && inside.locate(node[i + 1][j + 1]) == Location.INTERIOR
                && inside.locate(node[i][j + 1]) == Location.INTERIOR;
    }

    private void placeParks(IndexedPointInAreaLocator inside, Waterways water, SplittableRandom random) {
        for (String name : PlaceNames.PARKS) {
            for (int attempt = 0; attempt < 50; attempt++) {
                int w = 2 + random.nextInt(4);
                int h = 1 + random.nextInt(3);
                int i0 = random.nextInt(cols - 1 - w);
                int j0 = random.nextInt(rows - 1 - h);
                if (!freeAndInside(inside, i0, j0, w, h)) {
                    continue;
                }
                List<Polygon> cells = new ArrayList<>();
                for (int i = i0; i < i0 + w; i++) {
                    for (int j = j0; j < j0 + h; j++) {
                        cells.add(cell(i, j));
                        use[i][j] = 2;
                    }
                }
                Geometry shape = shrink(Wgs84.FACTORY.buildGeometry(cells).union(), 0.94).difference(water.allWater);
                Polygon p = largest(shape);
                if (p != null) {
                    parks.add(new Park(name, p));
                }
                break;
            }
        }
    }

    private boolean freeAndInside(IndexedPointInAreaLocator inside, int i0, int j0, int w, int h) {
        for (int i = i0; i < i0 + w; i++) {
            for (int j = j0; j < j0 + h; j++) {
                if (use[i][j] != 0 || !cellInside(inside, i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void placeBlocks(IndexedPointInAreaLocator inside, Waterways water, SplittableRandom random) {
        for (int j = 0; j < rows - 1; j++) {
            for (int i = 0; i < cols - 1; i++) {
                if (use[i][j] != 0 || !cellInside(inside, i, j)) {
                    continue;
                }
                Polygon quad = cell(i, j);
                Coordinate c = quad.getCentroid().getCoordinate();
                if (random.nextDouble() > 0.2 + 1.1 * CityOutline.density(c.x, c.y)) {
                    continue; // fields and villages between the blocks at the edge
                }
                Geometry block = shrink(quad, 0.88);
                if (block.intersects(water.allWater)) {
                    Polygon dry = largest(block.difference(water.allWater));
                    if (dry == null || dry.getArea() < 0.4 * block.getArea()) {
                        continue;
                    }
                    block = dry;
                }
                blocks.add((Polygon) block);
                use[i][j] = 1;
            }
        }
    }

    private void placeMajorRoads(CityOutline outline, double spacingMetres) {
        int ci = cols / 2;
        int cj = rows / 2;
        List<String> northSouth = PlaceNames.ROADS_NORTH_SOUTH;
        List<String> eastWest = PlaceNames.ROADS_EAST_WEST;
        int[] majorCols = spread(ci, 7, northSouth.size(), cols);
        int[] majorRows = spread(cj, 6, eastWest.size(), rows);
        for (int k = 0; k < majorCols.length; k++) {
            Geometry line = Wgs84.FACTORY.createLineString(node[majorCols[k]]).intersection(outline.boundary());
            majorRoads.add(new Road(northSouth.get(k), line, false));
        }
        for (int k = 0; k < majorRows.length; k++) {
            Coordinate[] row = new Coordinate[cols];
            for (int i = 0; i < cols; i++) {
                row[i] = node[i][majorRows[k]];
            }
            majorRoads.add(new Road(eastWest.get(k), Wgs84.FACTORY.createLineString(row)
                    .intersection(outline.boundary()), false));
            for (int col : majorCols) {
                Coordinate at = node[col][majorRows[k]];
                if (outline.boundary().contains(Wgs84.FACTORY.createPoint(at))) {
                    String ns = northSouth.get(indexOf(majorCols, col));
                    crossings.add(new Crossing(at, eastWest.get(k) + "与" + ns + "交叉口"));
                }
            }
        }
        // the ring road follows lattice lines about 4 km east–west and 2.7 km north–south of the centre
        int w = Math.max(2, (int) Math.round(4000 / spacingMetres));
        int h = Math.max(2, (int) Math.round(2700 / spacingMetres));
        List<Coordinate> ring = new ArrayList<>();
        for (int i = ci - w; i <= ci + w; i++) {
            ring.add(node[i][cj - h]);
        }
        for (int j = cj - h + 1; j <= cj + h; j++) {
            ring.add(node[ci + w][j]);
        }
        for (int i = ci + w - 1; i >= ci - w; i--) {
            ring.add(node[i][cj + h]);
        }
        for (int j = cj + h - 1; j >= cj - h; j--) {
            ring.add(node[ci - w][j]);
        }
        majorRoads.add(new Road(PlaceNames.RING_ROAD,
                Wgs84.FACTORY.createLineString(ring.toArray(Coordinate[]::new)), true));
    }

    /**
     * Streets along every lattice line that borders a block, or runs along a park's edge, in runs (one line
     * string per run); not through parks, and no lanes across the water (only the arterials have bridges).
     */
    private void placeMinorRoads(Waterways water) {
        PreparedGeometry wet =
                PreparedGeometryFactory.prepare(water.allWater);
        for (int j = 0; j < rows; j++) {
            List<Coordinate> run = new ArrayList<>();
            for (int i = 0; i < cols - 1; i++) {
                boolean used = street(j < rows - 1 ? use[i][j] : 0, j > 0 ? use[i][j - 1] : 0)
                        && dry(wet, node[i][j], node[i + 1][j]);
                run = extend(run, used, node[i][j], node[i + 1][j]);
            }
            flush(run);
        }
        for (int i = 0; i < cols; i++) {
            List<Coordinate> run = new ArrayList<>();
            for (int j = 0; j < rows - 1; j++) {
                boolean used = street(i < cols - 1 ? use[i][j] : 0, i > 0 ? use[i - 1][j] : 0)
                        && dry(wet, node[i][j], node[i][j + 1]);
                run = extend(run, used, node[i][j], node[i][j + 1]);
                if (used && (i + j) % 5 == 0) {
                    crossings.add(new Crossing(node[i][j], null));
                }
            }
            flush(run);
        }
    }

    /** A lattice edge between cells used as {@code a} and {@code b} is a street: next to a block, or a park's edge. */
    private static boolean street(int a, int b) {
        return a == 1 || b == 1 || (a == 2) != (b == 2);
    }

    private static boolean dry(PreparedGeometry wet, Coordinate from, Coordinate to) {
        return !wet.intersects(Wgs84.FACTORY.createLineString(new Coordinate[] {from, to}));
    }

    private List<Coordinate> extend(List<Coordinate> run, boolean used, Coordinate from, Coordinate to) {
        if (used) {
            if (run.isEmpty()) {
                run.add(from);
            }
            run.add(to);
            return run;
        }
        flush(run);
        return new ArrayList<>();
    }

    private void flush(List<Coordinate> run) {
        if (run.size() >= 2) {
            minorRoads.add(Wgs84.FACTORY.createLineString(run.toArray(Coordinate[]::new)));
        }
    }

    private static int[] spread(int centre, int step, int count, int limit) {
        int[] at = new int[count];
        int first = centre - step * (count / 2);
        for (int k = 0; k < count; k++) {
            at[k] = Math.max(1, Math.min(limit - 2, first + k * step));
        }
        return at;
    }

    private static int indexOf(int[] values, int v) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == v) {
                return k;
            }
        }
        return -1;
    }

    private static Geometry shrink(Geometry g, double factor) {
        Coordinate c = g.getCentroid().getCoordinate();
        Geometry s = AffineTransformation.scaleInstance(factor, factor, c.x, c.y).transform(g);
        s.setSRID(g.getSRID());
        return s;
    }

    private static Polygon largest(Geometry g) {
        Polygon best = null;
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (g.getGeometryN(k) instanceof Polygon p && (best == null || p.getArea() > best.getArea())) {
                best = p;
            }
        }
        return best;
    }
}
