package org.gridcommand.cli.loop;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand [--lang en] event show NUMBER}: an event, open or ended, with its whole history worded in the
 * chosen language (the same record a Chinese and an English console show).
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print an event (open, closed or cancelled) and its whole history in the --lang language.")
public final class ShowEventCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "Event number, e.g. SJ20261124-1001")
    String number;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        EventWords words = new EventWords(CliMessages.of(spec).locale());
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = database.open()) {
            Event e = backend.events().findByNumber(number);
            if (e == null) {
                spec.commandLine().getErr().println("gridcommand: " + words.say(
                        Phrase.of("refused.noEvent", number)));
                return 1;
            }
            ZoneId zone = backend.clock().getZone();
            EventQueueRow row = backend.events().summary(e.getId());
            out.println(e.getNumber() + "  " + words.title(e) + "  [" + words.state(e.getState()) + "]");
            out.println(String.join(" · ", nonBlank(row.categoryName()), nonBlank(row.areaNames()),
                    nonBlank(row.leadUnitName())));
            for (EventTransition t : backend.events().history(e.getId())) {
                String move = t.getFromState() == null || t.getFromState() == t.getToState()
                        ? words.state(t.getToState())
                        : words.state(t.getFromState()) + " → " + words.state(t.getToState());
                String details = words.details(t);
                out.println(TIME.format(t.getAt().atZone(zone)) + "  " + words.actor(t.getActor()) + "  "
                        + words.step(t.getStep()) + "  " + move + (details.isEmpty() ? "" : "  " + details));
            }
            out.flush();
            return 0;
        }
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
