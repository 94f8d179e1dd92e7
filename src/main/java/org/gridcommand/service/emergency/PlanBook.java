package org.gridcommand.service.emergency;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.store.Database;

/** Every plan revision and its levels, read once; proposals and triggers look plans up here. Immutable. */
final class PlanBook {
    private final Map<Long, Plan> plans = new HashMap<>();
    private final Map<Long, Map<ResponseLevel, PlanLevel>> levels = new HashMap<>();

    PlanBook(List<Plan> allPlans, List<PlanLevel> allLevels) {
        allPlans.forEach(p -> plans.put(p.getId(), p));
        for (PlanLevel l : allLevels) {
            levels.computeIfAbsent(l.getPlanId(), k -> new HashMap<>()).put(l.getLevel(), l);
        }
    }

    static PlanBook read(Database database) {
        return database.transact(s -> new PlanBook(
                s.createSelectionQuery("from Plan", Plan.class).getResultList(),
                s.createSelectionQuery("from PlanLevel", PlanLevel.class).getResultList()));
    }

    Plan plan(long planId) {
        Plan p = plans.get(planId);
        if (p == null) {
            throw new IllegalArgumentException("no plan with id " + planId);
        }
        return p;
    }

    /** The current revision of the plan with this code. */
    Plan current(String code) {
        return plans.values().stream().filter(p -> p.getCode().equalsIgnoreCase(code))
                .max(Comparator.comparingInt(Plan::getRevision))
                .orElseThrow(() -> new IllegalArgumentException("no plan with code " + code + " (known: "
                        + String.join(", ", plans.values().stream().filter(Plan::isCurrent).map(Plan::getCode)
                        .sorted().toList()) + ")"));
    }

    PlanLevel level(long planId, ResponseLevel level) {
        PlanLevel l = levels.getOrDefault(planId, Map.of()).get(level);
        if (l == null) {
            Plan p = plan(planId);
            throw new IllegalArgumentException("plan " + p.getCode() + " (" + p.getName() + ") has no level " + level
                    + "; it has " + levels.getOrDefault(planId, Map.of()).keySet().stream().sorted().toList());
        }
        return l;
    }

    /** Current plans with their levels, for trigger evaluation. */
    List<Plan> currentPlans() {
        return plans.values().stream().filter(Plan::isCurrent).sorted(Comparator.comparing(Plan::getCode)).toList();
    }

    Map<ResponseLevel, PlanLevel> levels(long planId) {
        return levels.getOrDefault(planId, Map.of());
    }
}
