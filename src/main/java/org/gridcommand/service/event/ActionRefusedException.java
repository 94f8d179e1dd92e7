package org.gridcommand.service.event;

import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Refusal;

/**
 * A request refused for a reason the person can act on. The reason is a {@link Phrase} that the console and the
 * command line word in their language ({@link EventWords}); the exception's message is its English wording, for
 * logs and for the HTTP intake's answers.
 */
public class ActionRefusedException extends RuntimeException implements Refusal {
    private final transient Phrase reason;

    public ActionRefusedException(Phrase reason) {
        super(EventWords.ENGLISH.say(reason));
        this.reason = reason;
    }

    public ActionRefusedException(String key, Object... args) {
        this(Phrase.of(key, args));
    }

    @Override
    public Phrase reason() {
        return reason;
    }
}
