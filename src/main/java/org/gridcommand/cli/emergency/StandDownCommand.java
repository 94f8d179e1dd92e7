package org.gridcommand.cli.emergency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gridcommand.cli.ActorOption;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.CommandProblem;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.BoardEntry;
import org.gridcommand.service.emergency.StandDownOrder;
import org.gridcommand.service.emergency.StandDownReview;
import org.gridcommand.service.emergency.StandDownSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why the task events end (written into them; default: the response has ended, in --lang)")
    String reason;

    @Option(names = "--review", description = "Only print what the stand-down would release and end")
    boolean review;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ActorOption actor;

    @Override
    public Integer call() throws Exception {
        CliMessages m = CliMessages.of(spec);
        try (Backend backend = database.openSignedIn(actor)) {
            Activation a;
            try {
                a = backend.activations().activation(activation);
            } catch (IllegalArgumentException e) {
                return CommandProblem.refuse(spec, m.get("standDown.noActivation", activation));
            }
            if (a.getStoodDownAt() != null) {
                return CommandProblem.refuse(spec, m.get("standDown.already", activation,
                        WHEN.format(a.getStoodDownAt().atZone(backend.clock().getZone()))));
            }
            StandDownReview before = backend.standDown().review(activation);
            PrintWriter out = spec.commandLine().getOut();
            if (review) {
                printReview(out, m, before);
                out.flush();
                return 0;
            }
            StandDownOrder order;
            try {
                order = order(m, before);
            } catch (IllegalArgumentException e) {
                return CommandProblem.refuse(spec, e.getMessage());
            }
            StandDownSummary s = backend.standDown().standDown(activation, order, DatabaseOptions.actor(backend));
            printSummary(out, m, s);
            out.println(new ObjectMapper().writeValueAsString(json(s)));
            out.flush();
            return s.eventsLeftOpen().isEmpty() ? 0 : 3;
        }
    }

    private StandDownOrder order(CliMessages m, StandDownReview before) {
        Map<String, BoardEntry> items = new HashMap<>();
        for (BoardEntry e : before.items()) {
            items.put(key(e), e);
        }
        Map<Long, Integer> usedByLine = new HashMap<>();
        for (String u : used) {
            int eq = u.lastIndexOf('=');
            BoardEntry e = eq < 0 ? null : items.get(u.substring(0, eq).strip().toUpperCase(Locale.ROOT));
            if (e == null) {
                throw new IllegalArgumentException(m.get("standDown.badUsed", u,
                        items.keySet().stream().sorted().toList()));
            }
            try {
                usedByLine.merge(e.line().getId(), Integer.parseInt(u.substring(eq + 1).strip()), Integer::sum);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(m.get("standDown.badUsedNumber", u));
            }
        }
        Set<Long> handedOver = new HashSet<>();
        for (String number : handOver) {
            BoardEntry task = before.openTasks().stream().filter(t -> t.event().number().equals(number.strip()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(m.get("standDown.badHandOver", number,
                            activation, before.openTasks().stream().map(t -> t.event().number()).toList())));
            handedOver.add(task.line().getId());
        }
        return new StandDownOrder(usedByLine, handedOver, reason != null ? reason : m.get("standDown.reason"));
    }

    /** WAREHOUSE:ITEM of a supply line, e.g. WH-003:SANDBAG. */
    private static String key(BoardEntry e) {
        return (e.code() == null ? "#" + e.line().getResourceId() : e.code()) + ":"
                + (e.itemCode() == null ? e.line().getNeedCode() : e.itemCode());
    }

    static void printReview(PrintWriter out, CliMessages m, StandDownReview r) {
        Activation a = r.activation();
        out.println(m.get("standDown.head", a.getId(), a.getPlanCode(), a.getPlanRevision(), a.getLevel()));
        for (BoardEntry e : r.items()) {
            out.println(m.get("standDown.supply", key(e), e.line().getQuantity(), m.unit(e.measureUnit()), e.who()));
        }
        r.teams().forEach(e -> out.println(m.get("standDown.teamFreed", e.who(), e.line().getQuantity())));
        r.experts().forEach(e -> out.println(m.get("standDown.expertFreed", e.who())));
        boolean english = m.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        for (BoardEntry t : r.openTasks()) {
            EventState state = t.event().state();
            out.println(m.get("standDown.task", t.event().number(), english ? state.english() : state.chinese(),
                    m.get(StandDownReview.canEnd(t) ? "standDown.task.ends" : "standDown.task.verify"), t.who()));
        }
    }

    static void printSummary(PrintWriter out, CliMessages m, StandDownSummary s) {
        out.println(m.get("standDown.done", s.activationId(), s.planCode(), s.planRevision(), s.level(),
                s.activeFor().toHours(), s.activeFor().toMinutesPart()));
        out.println(m.get("standDown.tasks", s.tasks(), s.tasksDone(), s.tasksEnded(), s.tasksHandedOver(),
                s.teams(), s.people(), s.experts()));
        s.itemsUsed().forEach(i -> out.println(m.get("standDown.used", i.itemCode(), i.quantity(),
                m.unit(i.measureUnit()))));
        s.itemsReleased().forEach(i -> out.println(m.get("standDown.released", i.itemCode(), i.quantity(),
                m.unit(i.measureUnit()))));
        if (!s.eventsLeftOpen().isEmpty()) {
            out.println(m.get("standDown.leftOpen", String.join(", ", s.eventsLeftOpen())));
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
