package org.gridcommand.service.intake;

import org.gridcommand.domain.event.Phrase;

/**
 * The mapping file is missing, unreadable or says something impossible; nothing was imported. What is wrong is a
 * {@link Phrase} ({@code mapping.*}) that {@link TicketWords} says in the reader's language; the message is its
 * English wording, for logs.
 */
public final class TicketMappingException extends RuntimeException {
    private final transient Phrase problem;

    public TicketMappingException(Phrase problem, Throwable cause) {
        super(TicketWords.ENGLISH.say(problem), cause);
        this.problem = problem;
    }

    public TicketMappingException(Phrase problem) {
        this(problem, null);
    }

    public Phrase problem() {
        return problem;
    }
}
