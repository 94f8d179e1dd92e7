package org.gridcommand.ui.dispatch;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gridcommand.domain.event.IllegalTransitionException;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.service.event.ConcurrentChangeException;
import org.gridcommand.ui.common.Messages;

/**
 * The non-blocking messages of the dispatch screens ("已签收 SJ…", "已被 李娜 于 10:42 派遣"): the latest one, which
 * the view shows as a toast. Services speak "中文 / English"; the officer reads only their language.
 */
final class OfficerNotices {
    /** One message; {@code problem} ones are drawn in the alarm colour. */
    record Notice(String text, boolean problem, long serial) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final ReadOnlyObjectWrapper<Notice> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final Messages messages;
    private final Clock clock;
    private long serial;

    OfficerNotices(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    ReadOnlyObjectProperty<Notice> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    void info(String text) {
        latest.set(new Notice(text, false, ++serial));
    }

    /** Says what went wrong in the officer's words; a lost race names who won. */
    void problem(Throwable failure) {
        latest.set(new Notice(explain(failure), true, ++serial));
    }

    String explain(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof ConcurrentChangeException)
                && !(t instanceof IllegalTransitionException) && !(t instanceof ActionRefusedException)) {
            t = t.getCause();
        }
        if (t instanceof ConcurrentChangeException c && c.actor() != null && c.step() != null) {
            ZonedDateTime at = c.at().atZone(clock.getZone());
            String step = chinese() ? c.step().chinese() : c.step().englishPast();
            String unit = c.unitName() == null ? "" : messages.get("notice.toUnit", c.unitName());
            return messages.get("notice.alreadyChanged", c.actor(), TIME.format(at), step, unit);
        }
        return inOurLanguage(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    /** "中文。 / English." → the half for the console's language. */
    String inOurLanguage(String text) {
        int slash = text.indexOf(" / ");
        if (slash < 0) {
            return text;
        }
        return chinese() ? text.substring(0, slash).trim() : text.substring(slash + 3).trim();
    }

    private boolean chinese() {
        return !messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
