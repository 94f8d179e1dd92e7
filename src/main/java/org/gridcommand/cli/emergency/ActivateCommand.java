package org.gridcommand.cli.emergency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.cli.ActorOption;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.CommandProblem;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.CommitConflict;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.emergency.ProposalLine;
import org.gridcommand.service.emergency.Shortfall;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand activate PLAN --level L (--grid CODE | --circle LAT,LON,METERS | --polygon WKT) [--commit]}:
 * prints the proposal as a table and one JSON line; with --commit, commits it and prints the activation id.
 */
@Command(name = "activate", mixinStandardHelpOptions = true, description = {
    "Propose (and with --commit, activate) an emergency plan for an area:",
    "tasks per unit, nearest warehouses, teams and experts, and any shortfall."})
public final class ActivateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan code (its current revision is used)")
    String plan;

    @Option(names = "--level", required = true, paramLabel = "L", description = "Response level: I, II, III or IV")
    ResponseLevel level;

    @ArgGroup(exclusive = true, multiplicity = "1")
    AreaOption area;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--commit", description = "Commit the proposal: reserve, commit teams and experts, raise tasks")
    boolean commit;

    @Option(names = "--drill", description = "Mark the activation as a drill (CAP status Exercise)")
    boolean drill;

    @Mixin
    ActorOption actor;

    @Override
    public Integer call() throws Exception {
        CliMessages m = CliMessages.of(spec);
        try (Backend backend = commit ? database.openSignedIn(actor) : database.open()) {
            Proposal p = backend.activations().propose(plan, level, area.toArea(backend.activations()));
            if (drill) {
                p = p.asDrill();
            }
            PrintWriter out = spec.commandLine().getOut();
            printTable(out, p, new ProposalWords(m));
            Map<String, Object> json = json(p);
            if (commit) {
                // the command commits exactly what it asked for and just printed
                long id = backend.activations().commit(p, p.request(), Adjustments.none(),
                        DatabaseOptions.actor(backend));
                json.put("activation_id", id);
                // the tasks become closed-loop events dispatched to their units, as from the console
                List<Long> events = backend.activationTasks()
                        .raiseEvents(id, DatabaseOptions.actor(backend));
                json.put("task_events", events);
                out.println(m.get("activate.done", id, events.size()));
            }
            out.println(new ObjectMapper().writeValueAsString(json));
            out.flush();
            return 0;
        } catch (CommitConflict e) {
            return CommandProblem.refuse(spec, m.get("activate.conflict", e.getMessage()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return CommandProblem.refuse(spec, e.getMessage());
        }
    }

    /** The proposal as a table in the command line's language; the JSON line below it stays as it was. */
    static void printTable(PrintWriter out, Proposal p, ProposalWords words) {
        CliMessages m = words.messages();
        out.println(words.heading(p));
        out.println(m.get("activate.columns"));
        for (ProposalLine l : p.lines()) {
            out.printf(Locale.ROOT, "%-7s %-16s %8d %8.0f m  %s%n", m.get("activate.kind." + l.kind()),
                    l.resourceCode(), l.quantity(), l.distanceMeters(), words.line(l));
        }
        for (Shortfall s : p.shortfalls()) {
            out.println(m.get("activate.shortfall", words.shortfall(s)));
        }
        out.println(m.get("activate.computed", String.format(Locale.ROOT, "%.1f", p.computeNanos() / 1e6)));
    }

    static Map<String, Object> json(Proposal p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan", p.planCode());
        json.put("plan_id", p.planId());
        json.put("revision", p.planRevision());
        json.put("level", p.level().name());
        json.put("drill", p.drill());
        json.put("area", p.area().description());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ProposalLine l : p.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", l.kind().name());
            m.put("need", l.needCode());
            m.put("id", l.resourceId());
            m.put("code", l.resourceCode());
            m.put("quantity", l.quantity());
            m.put("distance_m", Math.round(l.distanceMeters()));
            m.put("label", l.label());
            lines.add(m);
        }
        json.put("lines", lines);
        json.put("shortfalls", p.shortfalls().stream().map(Shortfall::message).toList());
        json.put("proposal_ms", Math.round(p.computeNanos() / 1e4) / 100.0);
        return json;
    }
}
