package org.gridcommand.service.drill;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gridcommand.domain.drill.ScenarioProblem;

/** The drill's words in one language (zh by default, en): problems of scenarios, report headings. */
public final class DrillWords {
    private final ResourceBundle bundle;
    private final Locale locale;

    public DrillWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.gridcommand.service.drill.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** One problem as a line a trainer can act on: where, which field, what is wrong. */
    public String problem(ScenarioProblem p) {
        String where = p.where();
        for (String w : new String[] {"header", "inject", "action", "objective", "row", "file"}) {
            where = where.replaceAll("\\b" + w + "\\b", get("where." + w));
        }
        String field = p.field().isEmpty() ? "" : " [" + p.field() + "]";
        return where + field + ": " + get(p.key(), p.args().toArray());
    }
}
