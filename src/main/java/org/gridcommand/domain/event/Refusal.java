package org.gridcommand.domain.event;

/**
 * A request refused for a reason the person can act on. The reason is a {@link Phrase} that the console and the
 * command line render in their language; the exception's own message is plain English for logs.
 */
public interface Refusal {
    Phrase reason();
}
