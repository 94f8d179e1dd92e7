package org.gridcommand.ui.dispatch;

import java.time.Duration;
import java.util.Locale;
import javafx.scene.control.Label;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.Messages;

/**
 * The small coloured labels of urgency, state and countdown, the same in the queue and the detail, and the row's
 * title as the console words it.
 */
final class Chips {
    private final Messages messages;
    private final EventWords words;

    Chips(Messages messages, EventWords words) {
        this.messages = messages;
        this.words = words;
    }

    Label urgency(Urgency u) {
        Label chip = new Label(urgencyText(u));
        chip.getStyleClass().addAll("chip", "urgency-" + u.name().toLowerCase(Locale.ROOT));
        return chip;
    }

    String urgencyText(Urgency u) {
        return messages.get("urgency." + u.name());
    }

    Label state(EventState s) {
        Label chip = new Label(stateText(s));
        chip.getStyleClass().addAll("chip", "state-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return chip;
    }

    String stateText(EventState s) {
        return words.state(s);
    }

    /** The row's title in the console's language (a plan's task is worded; a reporter's words shown as written). */
    String title(EventQueueRow row) {
        return words.title(row.title(), row.wording());
    }

    /** "剩 3:12:05", "剩 2天4小时", "超 0:42:10"; empty without a limit. */
    String countdown(TimeLimit.Countdown c) {
        if (c == null) {
            return "";
        }
        Duration d = c.remaining().abs();
        String amount = d.toDays() >= 1
                ? messages.get("countdown.days", d.toDays(), d.toHoursPart())
                : String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
        return messages.get(c.remaining().isNegative() ? "countdown.over" : "countdown.left", amount);
    }

    static String countdownStyle(TimeLimit.Countdown c) {
        if (c == null) {
            return null;
        }
        return switch (c.status()) {
            case NORMAL -> "countdown-normal";
            case WARNING -> "countdown-warning";
            case OVERDUE -> "countdown-overdue";
        };
    }
}
