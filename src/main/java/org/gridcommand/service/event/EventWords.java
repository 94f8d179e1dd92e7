package org.gridcommand.service.event;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Refusal;
import org.gridcommand.domain.event.ReturnVisit;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.event.TimeLimitStatus;

/**
 * The closed loop in one language: history lines, notices, refusals and dispatch reasons, worded from what is
 * stored (step + parameters, message key + arguments). The console and the command line both use it, so a Chinese
 * and an English reader see the same record, each in their own words. Lines written before parameters were
 * stored are read with {@link LegacyNotes}.
 */
public final class EventWords {
    /** For logs and for readers that do not choose (exception messages, the HTTP intake's answers). */
    public static final EventWords ENGLISH = new EventWords(Locale.ENGLISH);
    /** Who the history names when the system itself took a step (registration on arrival, a bulk import). */
    public static final String SYSTEM_ACTOR = "系统";

    private final Locale locale;
    private final ResourceBundle bundle;

    public EventWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.gridcommand.service.event.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** True for the Chinese wording (the default). */
    boolean chinese() {
        return !locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** The phrase in this language; its enum arguments worded, lists joined, nested phrases said. */
    public String say(Phrase phrase) {
        Object[] args = phrase.args().stream().map(this::word).toArray();
        return get(phrase.key(), args);
    }

    /**
     * What refused {@code failure} (the first {@link Refusal} in its causes), in this language; null when it was
     * not a refusal (then it is a fault, not something the person can act on).
     */
    public String refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal r) {
                return say(r.reason());
            }
        }
        return null;
    }

    public String state(EventState s) {
        return get("state." + s.name());
    }

    /** The action as a verb in a sentence: 派遣 / dispatch. */
    public String action(EventAction a) {
        return get("verb." + a.name());
    }

    /** The step as a history line says it: 派遣 / Dispatched. */
    public String step(EventStep s) {
        return get("step." + s.name());
    }

    /**
     * Who took a step, as the history names them: a person or a unit as written; the system, or a channel that
     * reported without a name (an AI camera), in this language.
     */
    public String actor(String stored) {
        if (SYSTEM_ACTOR.equals(stored)) {
            return get("actor.system");
        }
        for (Channel c : Channel.values()) {
            if (c.name().equals(stored)) {
                return get("actor.channel." + c.name());
            }
        }
        return stored == null ? "" : stored;
    }

    /**
     * Who took a step, as an argument of a phrase: the system or a channel as a phrase each console words ("系统" in
     * a refusal read by an English console was a leak), a person or unit as written.
     */
    public static Object actorPhrase(String stored) {
        if (SYSTEM_ACTOR.equals(stored)) {
            return Phrase.of("actor.system");
        }
        for (Channel c : Channel.values()) {
            if (c.name().equals(stored)) {
                return Phrase.of("actor.channel." + c.name());
            }
        }
        return stored == null ? "" : stored;
    }

    public String rating(Satisfaction s) {
        return get("rating." + s.name());
    }

    /**
     * What the history line says beyond its step and states: its parameters worded, then the person's own note as
     * written. Empty when there is nothing more.
     */
    public String details(EventTransition t) {
        if (t.getParams() == null) {
            return LegacyNotes.details(this, t.getStep(), t.getNote());
        }
        List<String> parts = new ArrayList<>(HistoryDetails.parts(this, t.getStep(), StepParams.read(t.getParams())));
        if (t.getNote() != null && !t.getNote().isBlank()) {
            parts.add(t.getNote().strip());
        }
        return join(parts);
    }

    /** A notice to a unit: "督办 SJ… 标题（由 幸福社区 升级）：note". */
    public String notice(EventNotice n) {
        if (n.getParams() == null) {
            return LegacyNotes.notice(this, n.getMessage());
        }
        Map<String, Object> p = StepParams.read(n.getParams());
        String kind = "ESCALATE".equals(n.getKind()) ? "ESCALATE" : "SUPERVISE";
        String text = get("notice." + kind, text(p.get("number")), text(p.get("title")), text(p.get("from")));
        return n.getMessage() == null || n.getMessage().isBlank() ? text
                : text + get("part.sep") + n.getMessage().strip();
    }

    /**
     * The event's title in this language: worded from what the system stored ({@code wording}, e.g. a plan's task)
     * or, for a reporter's own words, as written.
     */
    public String title(String title, String wording) {
        return worded("title.", wording, title);
    }

    public String title(Event e) {
        return title(e.getTitle(), e.getWording());
    }

    /** The event's description in this language, as {@link #title} words it. */
    public String description(Event e) {
        return description(e.getDescription(), e.getWording());
    }

    /** A description as stored beside its {@code wording}, as {@link #title(String, String)} words a title. */
    public String description(String description, String wording) {
        return worded("description.", wording, description);
    }

    private String worded(String prefix, String wording, String asWritten) {
        Phrase p = StepParams.readPhrase(wording);
        if (p == null || !bundle.containsKey(prefix + p.key())) {
            return asWritten;
        }
        return say(new Phrase(prefix + p.key(), p.args()));
    }

    /** The parts joined the way this language separates clauses (；or "; "). */
    String join(List<String> parts) {
        return String.join(get("part.sep"), parts.stream().filter(s -> s != null && !s.isBlank()).toList());
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : List.of(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A value in words: the loop's enums by their key, lists joined, phrases said, anything else as text. */
    public String word(Object arg) {
        if (arg instanceof EventState s) {
            return state(s);
        }
        if (arg instanceof EventAction a) {
            return action(a);
        }
        if (arg instanceof EventStep s) {
            return get("step." + s.name()).toLowerCase(locale);
        }
        if (arg instanceof Satisfaction s) {
            return rating(s);
        }
        if (arg instanceof TimeLimitStatus s) {
            return get("limit." + s.name());
        }
        if (arg instanceof ReturnVisit v) {
            return get("visit." + v.name());
        }
        if (arg instanceof Phrase p) {
            return say(p);
        }
        if (arg instanceof Collection<?> c) {
            return String.join(get("list.sep"), c.stream().map(this::word).toList());
        }
        return text(arg);
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
