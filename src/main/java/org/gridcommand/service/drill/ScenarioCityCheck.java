package org.gridcommand.service.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridcommand.domain.drill.CityCodes;
import org.gridcommand.domain.drill.ExpectedAction;
import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.InjectType;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.store.drill.DrillCityStore;

/** Checks a scenario against a city: every plan, grid, unit, device, warehouse and item it names exists there. */
final class ScenarioCityCheck {
    private final DrillCityStore city;

    ScenarioCityCheck(DrillCityStore city) {
        this.city = city;
    }

    List<ScenarioProblem> check(Scenario s) {
        CityCodes codes = city.codes();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Inject i : s.injects()) {
            String where = "inject " + i.number();
            if (i.location().grid() != null && !codes.grids().contains(i.location().grid())) {
                problems.add(ScenarioProblem.of(where, "location.grid", "scenario.unknownGrid", i.location().grid()));
            }
            if (i.location().hasPoint() && !city.insideCity(i.location().lon(), i.location().lat())) {
                problems.add(ScenarioProblem.of(where, "location", "scenario.outsideCity", i.location().lon(),
                        i.location().lat()));
            }
            if (i.category() != null && !codes.categories().contains(i.category())) {
                problems.add(ScenarioProblem.of(where, "category", "scenario.unknownCategory", i.category()));
            }
            if (i.type() == InjectType.SENSOR_SERIES) {
                known(problems, where, "sensor", codes.sensors(), i.device(), "scenario.unknownSensor");
            }
            if (i.type() == InjectType.CAMERA_ALARM) {
                known(problems, where, "camera", codes.cameras(), i.device(), "scenario.unknownCamera");
            }
            if (i.resource() != null && !codes.warehouses().contains(i.resource())
                    && !codes.teams().contains(i.resource())) {
                problems.add(ScenarioProblem.of(where, "resource", "scenario.unknownResource", i.resource()));
            }
            for (ExpectedAction a : i.expected()) {
                actions(problems, where + ", action " + a.id(), a, codes);
            }
        }
        return problems;
    }

    private static void actions(List<ScenarioProblem> problems, String where, ExpectedAction a, CityCodes codes) {
        known(problems, where, "plan", codes.plans(), a.plan(), "scenario.unknownPlan");
        known(problems, where, "unit", codes.units(), a.unit(), "scenario.unknownUnit");
        known(problems, where, "item", codes.items(), a.item(), "scenario.unknownItem");
        known(problems, where, "warehouse", codes.warehouses(), a.warehouse(), "scenario.unknownWarehouse");
    }

    private static void known(List<ScenarioProblem> problems, String where, String field, Set<String> codes,
                              String code, String key) {
        if (code != null && !codes.contains(code)) {
            problems.add(ScenarioProblem.of(where, field, key, code));
        }
    }
}
