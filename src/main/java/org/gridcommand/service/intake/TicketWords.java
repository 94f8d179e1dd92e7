package org.gridcommand.service.intake;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.service.event.EventWords;

/**
 * A hotline import's problems in one language: why a row was rejected, why a ticket or mapping file cannot be used.
 * They are kept as {@link Phrase}s (key and values) so that the command line says them in its {@code --lang}; a
 * row the intake steps refused carries the loop's own refusal, which {@link EventWords} words.
 */
public final class TicketWords {
    /** For logs and exception messages. */
    public static final TicketWords ENGLISH = new TicketWords(Locale.ENGLISH);
    private static final String BUNDLE = "org.gridcommand.service.intake.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final EventWords loop;

    public TicketWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.loop = new EventWords(locale);
    }

    /** The phrase in this language; nested phrases said too. */
    public String say(Phrase phrase) {
        if (!bundle.containsKey(phrase.key())) {
            return loop.say(phrase);
        }
        Object[] args = phrase.args().stream().map(a -> a instanceof Phrase p ? say(p) : a).toArray();
        String pattern = bundle.getString(phrase.key());
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The name of a sender's category that was blank ({@link TicketImportReport#BLANK_CATEGORY}) or as written. */
    public String category(String sent) {
        return TicketImportReport.BLANK_CATEGORY.equals(sent) ? bundle.getString("ticket.category.blank") : sent;
    }
}
