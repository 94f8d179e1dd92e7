package org.gridcommand.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;

/** The command line's own messages in the chosen language (zh by default, --lang en). */
public final class CliMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.gridcommand.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of the command line {@code spec} runs in: its root's --lang; Chinese for a command run alone. */
    public static CliMessages of(CommandSpec spec) {
        return spec != null && spec.root().userObject() instanceof RootCommand root ? root.messages()
                : new CliMessages(Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * A unit of measure as the data stores it (袋, 台), to stand after a number: a Chinese word, so only a Chinese
     * command line shows it (an English one says the item's code, which is the unit's own word).
     */
    public String unit(String measureUnit) {
        return measureUnit == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? ""
                : " " + measureUnit;
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The message for a named problem, or {@code fallback} when the bundles have none for it. */
    public String problem(String key, List<String> args, String fallback) {
        if (key == null) {
            return fallback;
        }
        try {
            return get("db.problem." + key, args.toArray());
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A size for people: 115.4 MB. */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
