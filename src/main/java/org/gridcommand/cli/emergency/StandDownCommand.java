package org.gridcommand.cli.emergency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.EmergencyServices;
import org.gridcommand.service.emergency.StandDownSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridcommand stand-down ACTIVATION}: releases what is left and closes the activation with a summary. */
@Command(name = "stand-down", mixinStandardHelpOptions = true,
        description = "Stand an activation down: release stock, free teams and experts, print the summary.")
public final class StandDownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTIVATION", description = "Activation id")
    long activation;

    @Option(names = "--db", paramLabel = "DB", description = "Database (file path or JDBC URL)")
    String db;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who stands it down (for the audit trail)")
    String actor = System.getProperty("user.name", "commander");

    @Override
    public Integer call() throws Exception {
        try (Backend backend = EmergencyDatabase.open(spec, db)) {
            EmergencyServices services = backend.emergency();
            StandDownSummary s = services.activations().standDown(activation, actor);
            var out = spec.commandLine().getOut();
            out.println(s.text());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("activation_id", s.activationId());
            json.put("active_minutes", s.activeFor().toMinutes());
            json.put("tasks", s.tasks());
            json.put("tasks_done", s.tasksDone());
            json.put("teams", s.teams());
            json.put("people", s.people());
            json.put("experts", s.experts());
            json.put("items_released", s.itemsReleased());
            out.println(new ObjectMapper().writeValueAsString(json));
            out.flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return EmergencyDatabase.refuse(spec, e.getMessage());
        }
    }
}
