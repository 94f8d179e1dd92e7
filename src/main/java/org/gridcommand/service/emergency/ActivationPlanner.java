package org.gridcommand.service.emergency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.emergency.ActionLine;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.NeedLine;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.nearest.Neighbour;
import org.gridcommand.service.resources.ExpertSnapshot;
import org.gridcommand.service.resources.ResourceFinder;
import org.gridcommand.service.resources.StockSnapshot;
import org.gridcommand.service.resources.TeamSnapshot;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Computes a {@link Proposal} from in-memory data only — no database — so that it takes milliseconds: tasks for
 * the units serving the area, then for each need the nearest fitting resources until it is met.
 */
public final class ActivationPlanner {

    /**
     * @param givenTasks labels of tasks the activation already has (a level change adds only new ones)
     */
    public Proposal propose(Plan plan, ResponseLevel level, List<ActionLine> actions, List<NeedLine> needs,
                            ResolvedArea area, ResourceFinder finder, List<ServingUnit> units, Set<String> givenTasks,
                            Instant now) {
        long t0 = System.nanoTime();
        List<ProposalLine> lines = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        tasks(actions, area, units, givenTasks, lines, shortfalls);
        Set<Long> teamsTaken = new HashSet<>();
        Set<Long> expertsTaken = new HashSet<>();
        for (NeedLine need : merge(needs)) {
            switch (need.kind()) {
                case ITEM -> items(need, area, finder, lines, shortfalls);
                case TEAM -> teams(need, area, finder, teamsTaken, lines, shortfalls);
                case EXPERT -> experts(need, area, finder, expertsTaken, lines, shortfalls);
                default -> throw new IllegalStateException(need.kind().toString());
            }
        }
        return new Proposal(plan.getId(), plan.getCode(), plan.getRevision(), plan.getName(), plan.getType(), level,
                area, lines, shortfalls, false, now, System.nanoTime() - t0, null);
    }

    /** Two lines asking for the same item (or skill, or field) are one need. */
    static List<NeedLine> merge(List<NeedLine> needs) {
        Map<String, NeedLine> merged = new LinkedHashMap<>();
        for (NeedLine n : needs) {
            merged.merge(n.kind() + "|" + n.code(), n, (a, b) -> a.withQuantity(a.quantity() + b.quantity()));
        }
        return new ArrayList<>(merged.values());
    }

    private void tasks(List<ActionLine> actions, ResolvedArea area, List<ServingUnit> units, Set<String> givenTasks,
                       List<ProposalLine> lines, List<Shortfall> shortfalls) {
        PreparedGeometry shape = PreparedGeometryFactory.prepare(area.shape());
        for (ActionLine action : actions) {
            UnitKind kind = unitKind(action.unit());
            int found = 0;
            for (ServingUnit u : units) {
                boolean fits = kind != null
                        ? u.kind() == kind && (u.serviceArea() == null || shape.intersects(u.serviceArea()))
                        : u.code().equals(action.unit());
                String label = u.name() + "：" + action.action();
                if (fits && !givenTasks.contains(label)) {
                    double d = u.serviceArea() == null || Double.isNaN(u.lon())
                            || u.serviceArea().contains(Wgs84.point(area.centreLon(), area.centreLat()))
                            ? 0 : Wgs84.distanceMeters(area.centreLon(), area.centreLat(), u.lon(), u.lat());
                    lines.add(new ProposalLine(ProposalLine.refOf(LineKind.TASK, action.action(), u.id()),
                            LineKind.TASK, action.unit(), u.id(), u.code(), label, 1, d, u.lon(), u.lat(), u.name(),
                            action.action(), null));
                    found++;
                } else if (fits) {
                    found++; // already given this task earlier in the activation
                }
            }
            if (found == 0) {
                shortfalls.add(new Shortfall(LineKind.TASK, action.unit(), 1, 0, action.action(), null, kind != null
                        ? "没有服务该区域的" + action.unit() + "类单位可承担：" + action.action()
                        : "找不到单位 " + action.unit() + "，任务未派：" + action.action()));
            }
        }
    }

    private static UnitKind unitKind(String token) {
        try {
            return UnitKind.valueOf(token.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void items(NeedLine need, ResolvedArea area, ResourceFinder finder, List<ProposalLine> lines,
                       List<Shortfall> shortfalls) {
        int remaining = need.quantity();
        String name = need.code();
        String unit = "";
        String storedName = null;
        String storedUnit = null;
        Iterator<Neighbour<StockSnapshot>> walk = finder.availableStock(need.code(), area.centreLon(),
                area.centreLat());
        while (remaining > 0 && walk.hasNext()) {
            Neighbour<StockSnapshot> n = walk.next();
            StockSnapshot s = n.item();
            int take = Math.min(remaining, s.available());
            name = s.itemName();
            unit = s.measureUnit() == null ? "" : s.measureUnit();
            storedName = s.itemName();
            storedUnit = s.measureUnit();
            lines.add(new ProposalLine(ProposalLine.refOf(LineKind.ITEM, need.code(), s.stockItemId()),
                    LineKind.ITEM, need.code(), s.stockItemId(), s.warehouseCode(),
                    s.warehouseName() + " · " + s.itemName() + " " + take + unit, take, n.distanceMeters(),
                    n.lon(), n.lat(), s.warehouseName(), s.itemName(), s.measureUnit()));
            remaining -= take;
        }
        if (remaining > 0) {
            shortfalls.add(new Shortfall(LineKind.ITEM, need.code(), need.quantity(), need.quantity() - remaining,
                    storedName, storedUnit, "物资不足：" + name + " 需要 " + need.quantity() + unit + "，可调 "
                    + (need.quantity() - remaining)
                            + unit + "，缺 " + remaining + unit));
        }
    }

    private void teams(NeedLine need, ResolvedArea area, ResourceFinder finder, Set<Long> taken,
                       List<ProposalLine> lines, List<Shortfall> shortfalls) {
        int people = 0;
        Iterator<Neighbour<TeamSnapshot>> walk = finder.availableTeams(need.code(), area.centreLon(),
                area.centreLat());
        while (people < need.quantity() && walk.hasNext()) {
            Neighbour<TeamSnapshot> n = walk.next();
            TeamSnapshot t = n.item();
            if (taken.add(t.id())) {
                lines.add(new ProposalLine(ProposalLine.refOf(LineKind.TEAM, need.code(), t.id()), LineKind.TEAM,
                        need.code(), t.id(), t.code(), t.name() + "（" + t.headcount() + "人，" + need.code() + "）",
                        t.headcount(), n.distanceMeters(), n.lon(), n.lat(), t.name(), need.code(), null));
                people += t.headcount();
            }
        }
        if (people < need.quantity()) {
            shortfalls.add(new Shortfall(LineKind.TEAM, need.code(), need.quantity(), people, null, null,
                    "队伍不足：" + need.code() + " 需要 " + need.quantity() + " 人，可调 " + people + " 人，缺 "
                            + (need.quantity() - people) + " 人"));
        }
    }

    private void experts(NeedLine need, ResolvedArea area, ResourceFinder finder, Set<Long> taken,
                         List<ProposalLine> lines, List<Shortfall> shortfalls) {
        int found = 0;
        Iterator<Neighbour<ExpertSnapshot>> walk = finder.availableExperts(need.code(), area.centreLon(),
                area.centreLat());
        while (found < need.quantity() && walk.hasNext()) {
            Neighbour<ExpertSnapshot> n = walk.next();
            ExpertSnapshot e = n.item();
            if (taken.add(e.id())) {
                lines.add(new ProposalLine(ProposalLine.refOf(LineKind.EXPERT, need.code(), e.id()), LineKind.EXPERT,
                        need.code(), e.id(), e.name(), e.name() + "（" + e.field() + "，"
                        + (e.organization() == null ? "" : e.organization()) + "）", 1, n.distanceMeters(), n.lon(),
                        n.lat(), e.name(), e.field(), null));
                found++;
            }
        }
        if (found < need.quantity()) {
            shortfalls.add(new Shortfall(LineKind.EXPERT, need.code(), need.quantity(), found, null, null,
                    "专家不足：" + need.code() + " 需要 " + need.quantity() + " 名，可调 " + found + " 名"));
        }
    }

}
