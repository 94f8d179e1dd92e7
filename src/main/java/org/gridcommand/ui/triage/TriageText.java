package org.gridcommand.ui.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.IllegalTransitionException;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.event.ConcurrentChangeException;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.triage.TriageRefusal;
import org.gridcommand.ui.common.Messages;

/**
 * The desk's words for what the services hand over as data: urgencies, channels, waiting times, and why an action
 * was refused — in the console's language only. A refusal with structure (who changed it first, which state
 * refused which action) is worded here; a service's "中文 / English" text is cut to the console's half.
 */
final class TriageText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Messages messages;
    private final EventWords words;
    private final Clock clock;

    TriageText(Messages messages, Clock clock) {
        this.messages = messages;
        this.words = new EventWords(messages.locale());
        this.clock = clock;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String urgency(Urgency u) {
        return messages.get("urgency." + u.name());
    }

    String channel(Channel c) {
        return messages.get("channel." + c.name());
    }

    /** Names one after another: "、" in Chinese, ", " in English. */
    String list(List<String> names) {
        return String.join(chinese() ? "、" : ", ", names);
    }

    /** 已立案 / "registered". */
    String state(EventState s) {
        return words.state(s);
    }

    /** An event's title in the console's language: a plan's task worded, a reporter's own words as written. */
    String title(String title, String wording) {
        return words.title(title, wording);
    }

    /** An event's description, worded as {@link #title} words its title. */
    String description(String description, String wording) {
        return words.description(description, wording);
    }

    /** A service's phrase (e.g. why a unit is proposed) in the console's language. */
    String say(Phrase phrase) {
        return phrase == null ? "" : words.say(phrase);
    }

    /** "3 小时 12 分" since {@code since}, at {@code now}. */
    String waited(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() >= 1) {
            return messages.get("waiting.days", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() >= 1) {
            return messages.get("waiting.hours", d.toHours(), d.toMinutesPart());
        }
        return messages.get("waiting.minutes", d.toMinutes());
    }

    /** "02:14" today, "11-23 22:40" another day, on the application clock's zone. */
    String time(Instant at) {
        if (at == null) {
            return "—";
        }
        boolean today = at.atZone(clock.getZone()).toLocalDate().equals(clock.instant().atZone(clock.getZone())
                .toLocalDate());
        return (today ? TIME : DAY_TIME).format(at.atZone(clock.getZone()));
    }

    /** Why {@code failure} happened, in the officer's words. */
    String explain(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof ConcurrentChangeException)
                && !(t instanceof IllegalTransitionException) && !(t instanceof TriageRefusal)) {
            t = t.getCause();
        }
        if (t instanceof TriageRefusal r) {
            return messages.get("refusal." + r.reason().name());
        }
        if (t instanceof ConcurrentChangeException c && c.actor() != null && c.step() != null) {
            String step = words.word(c.step());
            String unit = c.unitName() == null ? "" : messages.get("refusal.toUnit", c.unitName());
            return messages.get("refusal.changed", words.actor(c.actor()), time(c.at()), step, unit);
        }
        if (t instanceof IllegalTransitionException i && i.from() != null && i.action() != null) {
            return messages.get("refusal.state", words.state(i.from()), words.word(EventStep.of(i.action())));
        }
        if (t instanceof NoSuchElementException) {
            return messages.get("refusal.gone");
        }
        String refusal = words.refusal(t);
        if (refusal != null) {
            return refusal;
        }
        return inOurLanguage(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    /** "中文。 / English." → the half of the console's language. */
    String inOurLanguage(String text) {
        if (text == null) {
            return "";
        }
        int slash = text.indexOf(" / ");
        if (slash < 0) {
            return text;
        }
        return chinese() ? text.substring(0, slash).trim() : text.substring(slash + 3).trim();
    }

    boolean chinese() {
        return !messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
