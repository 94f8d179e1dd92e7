package org.gridcommand.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.domain.kpi.ScoreWeight;
import org.gridcommand.service.Backend;
import org.gridcommand.service.kpi.WeightsRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gridcommand kpi weights [--role R] [--set INDICATOR=FORM:WEIGHT …]}: lists the composite scores' weights, or
 * replaces one role's weights all at once (they must add up to 100; nothing changes otherwise).
 */
@Command(name = "weights", mixinStandardHelpOptions = true, description = {
    "List the composite scores' weights, or replace a role's (department, intake_officer, grid_worker) at once:",
    "--set registered=volume:10 closure_rate=rate:30 on_time_handling_rate=rate:30 rework_rate=complement:30"})
final class KpiWeightsCommand implements Callable<Integer> {
    @ParentCommand
    KpiCommand kpi;

    @Option(names = "--role", paramLabel = "ROLE")
    String role;

    @Option(names = "--set", arity = "1..*", paramLabel = "INDICATOR=FORM:WEIGHT")
    List<String> set;

    @Mixin
    ActorOption actor;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        CliMessages words = kpi.root.messages();
        Locale locale = kpi.root.locale();
        Role which = role == null ? null : CliChoices.role(role, words);
        try (Backend backend = set == null ? database.open() : database.openSignedIn(actor)) {
            if (set != null) {
                if (which == null) {
                    throw new IllegalArgumentException(words.get("kpi.weights.needs_role",
                            "department, intake_officer, grid_worker"));
                }
                try {
                    backend.kpi().changeWeights(which, parse(which, words), DatabaseOptions.actor(backend));
                } catch (WeightsRefusedException e) {
                    throw new IllegalArgumentException(words.get("kpi.weights.refused." + e.key(),
                            e.args().toArray()));
                }
                System.out.println(words.get("kpi.weights.changed", which.label(locale)));
            }
            for (ScoreWeight w : backend.kpi().weights()) {
                if (which == null || w.role() == which) {
                    System.out.println(words.get("kpi.weights.line", w.role().label(locale), w.role().code(),
                            w.indicator().label(locale), w.indicator().code(), w.form().code(),
                            String.format(locale, "%.1f", w.weight())));
                }
            }
            return 0;
        }
    }

    private List<ScoreWeight> parse(Role which, CliMessages words) {
        List<ScoreWeight> weights = new ArrayList<>();
        for (String s : set) {
            String[] parts = s.split("[=:]");
            if (parts.length != 3) {
                throw new IllegalArgumentException(words.get("kpi.weights.format", s, "closure_rate=rate:30"));
            }
            try {
                weights.add(new ScoreWeight(which, CliChoices.indicator(parts[0], words),
                        ScoreWeight.Form.valueOf(parts[1].trim().toUpperCase(Locale.ROOT)),
                        Double.parseDouble(parts[2].trim())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(words.get("kpi.weights.bad", s, e.getMessage()));
            }
        }
        return weights;
    }
}
