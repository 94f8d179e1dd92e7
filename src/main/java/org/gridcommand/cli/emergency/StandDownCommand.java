package org.gridcommand.cli.emergency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.BoardEntry;
import org.gridcommand.service.emergency.EmergencyCommand;
import org.gridcommand.service.emergency.StandDownOrder;
import org.gridcommand.service.emergency.StandDownReview;
import org.gridcommand.service.emergency.StandDownSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand stand-down ACTIVATION [--used WAREHOUSE:ITEM=N …] [--hand-over EVENT …] [--review]}: books
 * what was used, releases the rest, ends or hands over the task events, and closes the activation with a summary.
 */
@Command(name = "stand-down", mixinStandardHelpOptions = true, description = {
    "Stand an activation down: book the supplies used, release the rest, free teams and experts,",
    "end the open task events (or hand them to their units), print the summary.",
    "With --review, print what it would do and change nothing."})
public final class StandDownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTIVATION", description = "Activation id")
    long activation;

    @Option(names = "--used", paramLabel = "WAREHOUSE:ITEM=N",
            description = "Supplies used up in the response, e.g. WH-003:SANDBAG=1200 (repeatable; default none)")
    List<String> used = List.of();

    @Option(names = "--hand-over", paramLabel = "EVENT",
            description = "Number of a task event that stays open with its unit (repeatable; the others end)")
    List<String> handOver = List.of();

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the task events end (written into them)")
    String reason = "应急响应已终止";

    @Option(names = "--review", description = "Only print what the stand-down would release and end")
    boolean review;

    @Option(names = "--db", paramLabel = "DB", description = "Database (file path or JDBC URL)")
    String db;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who stands it down (for the audit trail)")
    String actor = System.getProperty("user.name", "commander");

    @Override
    public Integer call() throws Exception {
        try (Backend backend = EmergencyDatabase.open(spec, db)) {
            EmergencyCommand command = new EmergencyCommand(backend.emergency(), backend.events(), backend.clock());
            StandDownReview before = command.standDown().review(activation);
            PrintWriter out = spec.commandLine().getOut();
            if (review) {
                printReview(out, before);
                out.flush();
                return 0;
            }
            StandDownSummary s = command.standDown().standDown(activation, order(before), actor);
            printSummary(out, s);
            out.println(new ObjectMapper().writeValueAsString(json(s)));
            out.flush();
            return s.eventsLeftOpen().isEmpty() ? 0 : 3;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return EmergencyDatabase.refuse(spec, e.getMessage());
        }
    }

    private StandDownOrder order(StandDownReview before) {
        Map<String, BoardEntry> items = new HashMap<>();
        for (BoardEntry e : before.items()) {
            items.put(key(e), e);
        }
        Map<Long, Integer> usedByLine = new HashMap<>();
        for (String u : used) {
            int eq = u.lastIndexOf('=');
            BoardEntry e = eq < 0 ? null : items.get(u.substring(0, eq).strip().toUpperCase(Locale.ROOT));
            if (e == null) {
                throw new IllegalArgumentException("--used " + u + ": name a held supply as WAREHOUSE:ITEM=N, one of "
                        + items.keySet().stream().sorted().toList());
            }
            try {
                usedByLine.merge(e.line().getId(), Integer.parseInt(u.substring(eq + 1).strip()), Integer::sum);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("--used " + u + ": N must be a whole number");
            }
        }
        Set<Long> handedOver = new HashSet<>();
        for (String number : handOver) {
            BoardEntry task = before.openTasks().stream().filter(t -> t.event().number().equals(number.strip()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("--hand-over " + number
                            + ": not an open task event of activation " + activation + " (open: "
                            + before.openTasks().stream().map(t -> t.event().number()).toList() + ")"));
            handedOver.add(task.line().getId());
        }
        return new StandDownOrder(usedByLine, handedOver, reason);
    }

    /** WAREHOUSE:ITEM of a supply line, e.g. WH-003:SANDBAG. */
    private static String key(BoardEntry e) {
        return (e.code() == null ? "#" + e.line().getResourceId() : e.code()) + ":"
                + (e.itemCode() == null ? e.line().getNeedCode() : e.itemCode());
    }

    static void printReview(PrintWriter out, StandDownReview r) {
        out.printf(Locale.ROOT, "activation %d: %s r%d, level %s%n", r.activation().getId(),
                r.activation().getPlanCode(), r.activation().getPlanRevision(), r.activation().getLevel());
        for (BoardEntry e : r.items()) {
            out.printf(Locale.ROOT, "supply   %-22s %8d %s  %s%n", key(e), e.line().getQuantity(),
                    e.measureUnit() == null ? "" : e.measureUnit(), e.who());
        }
        r.teams().forEach(e -> out.printf(Locale.ROOT, "team     %s (%d people) is freed%n", e.who(),
                e.line().getQuantity()));
        r.experts().forEach(e -> out.printf(Locale.ROOT, "expert   %s is freed%n", e.who()));
        for (BoardEntry t : r.openTasks()) {
            out.printf(Locale.ROOT, "task     %s %s (%s): %s%n", t.event().number(), t.event().state(),
                    StandDownReview.canEnd(t) ? "ends unless --hand-over" : "reported done, goes on to verification",
                    t.who());
        }
    }

    static void printSummary(PrintWriter out, StandDownSummary s) {
        out.printf(Locale.ROOT, "stood down activation %d (%s r%d, level %s) after %d h %d min%n", s.activationId(),
                s.planCode(), s.planRevision(), s.level(), s.activeFor().toHours(), s.activeFor().toMinutesPart());
        out.printf(Locale.ROOT, "tasks %d: done %d, ended %d, handed over %d; teams %d (%d people), experts %d%n",
                s.tasks(), s.tasksDone(), s.tasksEnded(), s.tasksHandedOver(), s.teams(), s.people(), s.experts());
        s.itemsUsed().forEach(i -> out.printf(Locale.ROOT, "used     %-14s %8d %s%n", i.itemCode(), i.quantity(),
                i.measureUnit() == null ? "" : i.measureUnit()));
        s.itemsReleased().forEach(i -> out.printf(Locale.ROOT, "released %-14s %8d %s%n", i.itemCode(), i.quantity(),
                i.measureUnit() == null ? "" : i.measureUnit()));
        if (!s.eventsLeftOpen().isEmpty()) {
            out.println("NOT CLOSED (close them in the event queue): " + String.join(", ", s.eventsLeftOpen()));
        }
    }

    private static Map<String, Object> json(StandDownSummary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("activation_id", s.activationId());
        json.put("active_minutes", s.activeFor().toMinutes());
        json.put("tasks", s.tasks());
        json.put("tasks_done", s.tasksDone());
        json.put("tasks_ended", s.tasksEnded());
        json.put("tasks_handed_over", s.tasksHandedOver());
        json.put("teams", s.teams());
        json.put("people", s.people());
        json.put("experts", s.experts());
        json.put("items_used", s.itemsUsedByCode());
        json.put("items_released", s.itemsReleasedByCode());
        json.put("events_left_open", s.eventsLeftOpen());
        return json;
    }
}
