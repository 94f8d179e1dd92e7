package org.gridcommand.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.partition.SeedScatter;
import org.gridcommand.geo.partition.VoronoiPartition;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The district's hierarchy, built by recursive partition: the district into streets, each street into
 * communities, each community into grids, each grid into micro-grids. Children tile their parent exactly.
 * Communities and grids are handed out by area × density, so the centre has many small ones and the edge a few
 * large ones, as in a real district; each grid has 300–500 households in micro-grids of 50–80.
 */
final class AreaHierarchy {
    final DemoArea district;
    final List<DemoArea> streets = new ArrayList<>();
    final List<DemoArea> communities = new ArrayList<>();
    final List<DemoArea> grids = new ArrayList<>();
    final List<DemoArea> microGrids = new ArrayList<>();

    private final SplittableRandom random;
    private final LongSupplier ids;
    private final PlaceNames names;

    AreaHierarchy(CityOutline outline, DemoScale scale, SplittableRandom random, LongSupplier ids,
                  DemoProgress progress) {
        this.random = random;
        this.ids = ids;
        this.names = new PlaceNames(random);
        district = new DemoArea(ids.getAsLong(), AreaLevel.DISTRICT, PlaceNames.DISTRICT_CODE, PlaceNames.DISTRICT,
                null, outline.boundary());
        buildStreets(scale.streets());
        progress.update("划分社区 / partitioning communities", 0.04);
        int[] perStreet = apportion(streets, scale.communities(), 2);
        for (int s = 0; s < streets.size(); s++) {
            DemoArea street = streets.get(s);
            List<Polygon> cells = cells(street.boundary, perStreet[s], 1, true);
            boolean town = street.isTown();
            for (int i = 0; i < cells.size(); i++) {
                communities.add(new DemoArea(ids.getAsLong(), AreaLevel.COMMUNITY, street.code + three(i + 1),
                        names.community(town), street, cells.get(i)));
            }
        }
        progress.update("划分网格 / partitioning grids", 0.08);
        int[] perCommunity = apportion(communities, scale.grids(), 2);
        for (int c = 0; c < communities.size(); c++) {
            DemoArea community = communities.get(c);
            List<Polygon> cells = cells(community.boundary, perCommunity[c], 2, false);
            for (int i = 0; i < cells.size(); i++) {
                String number = two(i + 1);
                grids.add(new DemoArea(ids.getAsLong(), AreaLevel.GRID, community.code + number,
                        community.name + number + "网格", community, cells.get(i)));
            }
        }
        progress.update("划分微网格 / partitioning micro-grids", 0.14);
        for (DemoArea grid : grids) {
            buildMicroGrids(grid);
        }
        sumHouseholds();
    }

    /** Every area, parents before children (the order they must be written in). */
    List<DemoArea> all() {
        List<DemoArea> all = new ArrayList<>();
        all.add(district);
        all.addAll(streets);
        all.addAll(communities);
        all.addAll(grids);
        all.addAll(microGrids);
        return all;
    }

    private void buildStreets(int count) {
        List<Polygon> cells = cells(district.boundary, count, 1, true);
        if (cells.size() != count) {
            throw new IllegalStateException("expected " + count + " streets, partition gave " + cells.size());
        }
        // names go from the centre outwards (the central ones are 街道, the outer ones 镇); codes in reading order
        Integer[] byCentrality = IntStream.range(0, count).boxed().toArray(Integer[]::new);
        Arrays.sort(byCentrality, Comparator.comparingDouble(i -> distanceFromCentre(cells.get(i))));
        String[] streetNames = new String[count];
        for (int rank = 0; rank < count; rank++) {
            streetNames[byCentrality[rank]] = PlaceNames.STREETS.get(rank);
        }
        for (int i = 0; i < count; i++) {
            streets.add(new DemoArea(ids.getAsLong(), AreaLevel.STREET, district.code + three(i + 1), streetNames[i],
                    district, cells.get(i)));
        }
    }

    private void buildMicroGrids(DemoArea grid) {
        int count = random.nextDouble() < 0.22 ? 6 : 5;
        List<Polygon> cells = cells(grid.boundary, count, 1, false);
        int n = cells.size();
        // each micro-grid 50–80 households and the grid 300–500 in total
        int low = Math.max(50, (300 + n - 1) / n);
        int high = Math.min(80, 500 / n);
        for (int i = 0; i < n; i++) {
            String number = two(i + 1);
            DemoArea micro = new DemoArea(ids.getAsLong(), AreaLevel.MICRO_GRID, grid.code + number,
                    grid.name + number + "微网格", grid, cells.get(i));
            micro.households = low + random.nextInt(Math.max(1, high - low + 1));
            microGrids.add(micro);
        }
    }

    private List<Polygon> cells(Polygon parent, int count, int relaxations, boolean dense) {
        List<Coordinate> seeds = SeedScatter.scatter(parent, count, random,
                dense ? (lon, lat) -> CityOutline.density(lon, lat) : (lon, lat) -> 1.0);
        return VoronoiPartition.split(parent, SeedScatter.relax(parent, seeds, relaxations));
    }

    /** Largest-remainder apportionment of {@code total} children by area × density, at least {@code min} each. */
    private static int[] apportion(List<DemoArea> parents, int total, int min) {
        double[] weight = new double[parents.size()];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            Polygon b = parents.get(i).boundary;
            Coordinate c = b.getInteriorPoint().getCoordinate();
            weight[i] = b.getArea() * CityOutline.density(c.x, c.y);
            sum += weight[i];
        }
        int spare = total - min * weight.length;
        int[] share = new int[weight.length];
        double[] remainder = new double[weight.length];
        int given = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = spare * weight[i] / sum;
            share[i] = min + (int) Math.floor(exact);
            remainder[i] = exact - Math.floor(exact);
            given += share[i];
        }
        Integer[] order = IntStream.range(0, weight.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparing(i -> i));
        for (int k = 0; given < total; k++, given++) {
            share[order[k % order.length]]++;
        }
        return share;
    }

    private void sumHouseholds() {
        for (List<DemoArea> level : List.of(grids, communities, streets)) {
            level.forEach(a -> a.households = 0);
        }
        district.households = 0;
        for (DemoArea micro : microGrids) {
            for (DemoArea up = micro.parent; up != null; up = up.parent) {
                up.households += micro.households;
            }
        }
    }

    private static double distanceFromCentre(Polygon p) {
        Coordinate c = p.getInteriorPoint().getCoordinate();
        return CityOutline.metres(c, new Coordinate(CityOutline.CENTER_LON, CityOutline.CENTER_LAT));
    }

    private static String three(int n) {
        return String.format("%03d", n);
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
