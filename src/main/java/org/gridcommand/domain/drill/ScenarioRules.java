package org.gridcommand.domain.drill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridcommand.domain.plan.ResponseLevel;

/**
 * The checks a scenario must pass on its own, before any city is looked at: unique inject numbers, deadlines
 * after their inject, contingency injects that exist and are marked so, objectives that exist, series with
 * readings. The city-dependent checks (plans, grids, units) are the service's.
 */
public final class ScenarioRules {
    private ScenarioRules() {
    }

    public static List<ScenarioProblem> check(Scenario s) {
        List<ScenarioProblem> problems = new ArrayList<>();
        if (s.injects().isEmpty()) {
            problems.add(ScenarioProblem.of("header", "injects", "scenario.noInjects"));
        }
        Set<String> objectives = new HashSet<>();
        for (Objective o : s.objectives()) {
            if (!objectives.add(o.id())) {
                problems.add(ScenarioProblem.of("objective " + o.id(), "id", "scenario.duplicateObjective", o.id()));
            }
        }
        Set<Integer> numbers = new HashSet<>();
        Set<Integer> referenced = new HashSet<>();
        for (Inject i : s.injects()) {
            String where = "inject " + i.number();
            if (!numbers.add(i.number())) {
                problems.add(ScenarioProblem.of(where, "number", "scenario.duplicateInject", i.number()));
            }
            checkInject(s, i, where, objectives, referenced, problems);
        }
        for (Inject i : s.injects()) {
            if (i.contingency() && !referenced.contains(i.number())) {
                problems.add(ScenarioProblem.of("inject " + i.number(), "contingency", "scenario.orphanContingency",
                        i.number()));
            }
        }
        return problems;
    }

    private static void checkInject(Scenario s, Inject i, String where, Set<String> objectives,
                                    Set<Integer> referenced, List<ScenarioProblem> problems) {
        if (i.type() == InjectType.SENSOR_SERIES && i.readings().isEmpty()) {
            problems.add(ScenarioProblem.of(where, "readings", "scenario.noReadings"));
        }
        for (SensorPoint p : i.readings()) {
            if (!i.contingency() && p.at().compareTo(i.at()) < 0) {
                problems.add(ScenarioProblem.of(where, "readings", "scenario.readingBeforeInject",
                        ScenarioTime.format(p.at()), ScenarioTime.format(i.at())));
            }
        }
        for (ExpectedAction a : i.expected()) {
            String at = where + ", action " + a.id();
            if (!i.contingency() && a.deadline().compareTo(i.at()) <= 0) {
                problems.add(ScenarioProblem.of(at, "deadline", "scenario.deadlineBeforeInject",
                        ScenarioTime.format(a.deadline()), ScenarioTime.format(i.at())));
            }
            if (a.kind() == ActionKind.REGISTER_EVENT && i.category() != null) {
                problems.add(ScenarioProblem.of(at, "action", "scenario.registeredOnArrival", i.category()));
            }
            if (a.points() < 0) {
                problems.add(ScenarioProblem.of(at, "points", "scenario.negativePoints", a.points()));
            }
            if (a.objective() != null && !objectives.contains(a.objective())) {
                problems.add(ScenarioProblem.of(at, "objective", "scenario.unknownObjective", a.objective()));
            }
            if (a.onMiss() != null) {
                referenced.add(a.onMiss());
                Inject target = s.inject(a.onMiss()).orElse(null);
                if (target == null) {
                    problems.add(ScenarioProblem.of(at, "on_miss", "scenario.unknownContingency", a.onMiss()));
                } else if (!target.contingency()) {
                    problems.add(ScenarioProblem.of(at, "on_miss", "scenario.notContingency", a.onMiss()));
                }
            }
            if (a.kind() == ActionKind.ACTIVATE_PLAN && a.plan() == null) {
                problems.add(ScenarioProblem.of(at, "plan", "scenario.planMissing"));
            }
            if (a.level() != null && Arrays.stream(ResponseLevel.values()).noneMatch(l -> l.name().equals(a.level()))) {
                problems.add(ScenarioProblem.of(at, "level", "scenario.badLevel", a.level()));
            }
            if (a.kind() == ActionKind.DISPATCH_EVENT && a.unit() == null) {
                problems.add(ScenarioProblem.of(at, "unit", "scenario.unitMissing"));
            }
            if (a.kind() == ActionKind.ISSUE_STOCK && a.item() == null) {
                problems.add(ScenarioProblem.of(at, "item", "scenario.itemMissing"));
            }
        }
    }
}
