package org.gridcommand.service.intake;

import org.gridcommand.domain.event.Phrase;

/**
 * The ticket file cannot be read as a whole (encoding, broken quoting, missing columns); nothing was imported.
 * What is wrong is a {@link Phrase} ({@code ticketFile.*}) that {@link TicketWords} says in the reader's language;
 * the message is its English wording, for logs.
 */
public final class TicketFileException extends RuntimeException {
    private final transient Phrase problem;

    public TicketFileException(Phrase problem, Throwable cause) {
        super(TicketWords.ENGLISH.say(problem), cause);
        this.problem = problem;
    }

    public TicketFileException(Phrase problem) {
        this(problem, null);
    }

    public Phrase problem() {
        return problem;
    }
}
