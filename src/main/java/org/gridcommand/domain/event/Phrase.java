package org.gridcommand.domain.event;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to say to a person, as a message key and its arguments, never as finished text: each console renders
 * it in its own language. Arguments are language-neutral values (names and numbers as data, enums such as
 * {@link EventState} or {@link EventAction} that the renderer words, and lists of them).
 */
public record Phrase(String key, List<Object> args) {
    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** "refused.transition[CLOSED, DISPATCH]": for logs and for callers that do not render (never for officers). */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
