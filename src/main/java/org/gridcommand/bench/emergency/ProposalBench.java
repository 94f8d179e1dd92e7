package org.gridcommand.bench.emergency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gridcommand.bench.emergency.ResourceScan;
import org.gridcommand.domain.emergency.ActionLine;
import org.gridcommand.domain.emergency.AreaKind;
import org.gridcommand.domain.emergency.NeedLine;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.emergency.ActivationPlanner;
import org.gridcommand.service.emergency.AreaShapes;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.emergency.ResolvedArea;
import org.gridcommand.service.emergency.ServingUnit;
import org.gridcommand.service.resources.ResourceFinder;
import org.gridcommand.service.resources.ResourceIndex;
import org.gridcommand.service.resources.ResourceSnapshot;
import org.locationtech.jts.geom.Envelope;

/**
 * Times a level-I flood proposal on a snapshot with the index and with a plain scan, and checks that both give
 * the same proposal. The measurement core of {@code gridcommand bench activation}.
 */
public final class ProposalBench {
    /** Level I of a realistic district flood plan. */
    static final String NEEDS = "ITEM|SANDBAG|20000\nITEM|PUMP|40\nITEM|BOAT|12\nITEM|LIFE_JACKET|600\n"
            + "ITEM|GENERATOR|8\nTEAM|防汛抢险|300\nTEAM|排涝|120\nTEAM|医疗救护|40\nEXPERT|水利|3\nEXPERT|气象|1\n"
            + "EXPERT|地质|1";
    static final String ACTIONS = "COMMUNITY|组织低洼区群众转移安置\nDISTRICT_DEPARTMENT|按职责开展防汛抢险\n"
            + "STREET_SECTION|巡查河道堤防和易涝点";

    /** Medians in milliseconds; {@code lines} and {@code shortfalls} describe the proposal. */
    public record Figures(double indexedMs, double scanMs, double indexBuildMs, int lines, int shortfalls) {
        public double speedup() {
            return scanMs / indexedMs;
        }
    }

    private final List<ServingUnit> units;
    private final ResolvedArea area;
    private final Plan plan = new Plan(1, "BENCH-FLOOD", 1, "防汛应急预案（基准）", EmergencyType.FLOOD, "bench");
    private final PlanLevel level = new PlanLevel(2, 1, ResponseLevel.I, null, ACTIONS, NEEDS);
    private final ActivationPlanner planner = new ActivationPlanner();

    /** A 3 km circle around (lon, lat), in a city with about 130 communities and 57 departments. */
    public ProposalBench(double lon, double lat) {
        this.area = new ResolvedArea(AreaKind.CIRCLE, AreaShapes.bufferMeters(Wgs84.point(lon, lat), 3000), lon, lat,
                3000.0, "bench");
        this.units = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < 57; i++) {
            units.add(new ServingUnit(id++, "DEP" + i, "区职能部门" + i, UnitKind.DISTRICT_DEPARTMENT, null,
                    Double.NaN, Double.NaN));
        }
        for (int row = 0; row < 12; row++) {
            for (int col = 0; col < 11; col++) {
                double x = lon + (col - 5.5) * 0.02;
                double y = lat + (row - 6) * 0.018;
                units.add(new ServingUnit(id++, "CM" + row + "-" + col, "社区" + row + "-" + col, UnitKind.COMMUNITY,
                        Wgs84.FACTORY.toGeometry(new Envelope(x, x + 0.02, y, y + 0.018)),
                        x + 0.01, y + 0.009));
            }
        }
    }

    /** Medians of {@code runs} proposals after {@code warmup} unmeasured ones, index and scan alike. */
    public Figures measure(ResourceSnapshot snapshot, int warmup, int runs) {
        long b0 = System.nanoTime();
        ResourceIndex index = new ResourceIndex(snapshot);
        double buildMs = (System.nanoTime() - b0) / 1e6;
        ResourceScan scan = new ResourceScan(snapshot);
        Proposal indexed = propose(index);
        Proposal scanned = propose(scan);
        if (!indexed.lines().equals(scanned.lines())) {
            throw new IllegalStateException("the index and the scan disagree: the bench would compare different "
                    + "work");
        }
        double indexedMs = median(index, warmup, runs, this::propose);
        double scanMs = median(scan, warmup, runs, this::propose);
        return new Figures(indexedMs, scanMs, buildMs, indexed.lines().size(), indexed.shortfalls().size());
    }

    private Proposal propose(ResourceFinder finder) {
        return planner.propose(plan, ResponseLevel.I, ActionLine.parseAll(level.getActions()),
                NeedLine.parseAll(level.getNeeds()), area, finder, units, Set.of(), Instant.EPOCH);
    }

    private static double median(ResourceFinder finder, int warmup, int runs, Function<ResourceFinder, Proposal> f) {
        for (int i = 0; i < warmup; i++) {
            f.apply(finder);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            f.apply(finder);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
