package org.gridcommand.ui.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.emergency.ActionLine;
import org.gridcommand.domain.emergency.NeedKind;
import org.gridcommand.domain.emergency.NeedLine;
import org.gridcommand.domain.emergency.PlanFormatException;
import org.gridcommand.domain.emergency.TriggerCondition;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.service.emergency.PlanLibrary.LevelText;
import org.gridcommand.service.resources.StockBook.ItemKind;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.resources.StockWords;

/**
 * A plan level's lines as the plan editor shows them, and back. The plan stores codes (ITEM|SANDBAG|2000,
 * COMMAND_CENTER|…, WATER_LEVEL >= 6.0 FOR 60m); the editor shows the console's words (物资|沙袋|2000, 指挥中心|…,
 * 水位 >= 6.0 持续 60m / supply|sandbags|2000, command center|…, water-level >= 6.0 for 60m). Typed text is read
 * in either language or as codes, and a line that cannot be read is refused before anything is saved.
 */
final class PlanText {
    /** A line of the editor that does not follow its section's format, as the administrator typed it. */
    static final class BadLine extends IllegalArgumentException {
        private final String section;
        private final String line;

        BadLine(String section, String line, Throwable cause) {
            super(section + ": " + line, cause);
            this.section = section;
            this.line = line;
        }

        /** "trigger", "actions" or "needs". */
        String section() { return section; }
        String line() { return line; }
    }

    /** A supply need names an item no warehouse stocks and no word of either language names. */
    static final class UnknownItem extends IllegalArgumentException {
        private final String typed;

        UnknownItem(String typed) {
            super("no item called " + typed);
            this.typed = typed;
        }

        /** The item as it was typed. */
        String typed() { return typed; }
    }

    private static final String BUNDLE = "org.gridcommand.ui.emergency.messages";
    private static final List<String> KEYWORDS = List.of("EVENTS", "FOR", "WITHIN", "RADIUS");
    private static final String CATEGORY = "category=";

    private final Messages messages;
    private final StockWords stock;
    /** Both languages, to read what was typed whatever the console speaks. */
    private final List<Messages> languages;

    PlanText(Messages messages, StockWords stock) {
        this.messages = messages;
        this.stock = stock;
        this.languages = List.of(new Messages(BUNDLE, Locale.SIMPLIFIED_CHINESE), new Messages(BUNDLE, Locale.ENGLISH));
    }

    /** The stored level in the console's words. */
    LevelText shown(LevelText stored) {
        return new LevelText(stored.level(), lines(stored.trigger(), this::showTrigger),
                lines(stored.actions(), this::showAction), lines(stored.needs(), this::showNeed));
    }

    /**
     * What was typed, in the stored form, each line checked. {@code catalogue} is what the warehouses stock: an item
     * is found by a word of either language, else by the city's own name or code for it.
     *
     * @throws BadLine     naming the first line that cannot be read
     * @throws UnknownItem naming a supply nobody stocks and no word names
     */
    LevelText stored(LevelText shown, List<ItemKind> catalogue) {
        return new LevelText(shown.level(), lines(shown.trigger(), checked("trigger", this::storeTrigger)),
                lines(shown.actions(), checked("actions", this::storeAction)),
                lines(shown.needs(), checked("needs", line -> storeNeed(line, catalogue))));
    }

    private String showTrigger(String line) {
        List<String> out = new ArrayList<>();
        for (String token : line.strip().split("\\s+")) {
            if (token.regionMatches(true, 0, CATEGORY, 0, CATEGORY.length())) {
                out.add(messages.get("plan.word.category") + "=" + token.substring(CATEGORY.length()));
            } else if (KEYWORDS.contains(token.toUpperCase(Locale.ROOT))) {
                out.add(messages.get("plan.word." + token.toUpperCase(Locale.ROOT)));
            } else if (sensorKind(token) != null) {
                out.add(messages.get("sensor." + sensorKind(token)));
            } else {
                out.add(token);
            }
        }
        return String.join(" ", out);
    }

    private String storeTrigger(String line) {
        List<String> out = new ArrayList<>();
        for (String token : line.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            String keyword = keyword(token);
            SensorKind sensor = typedSensor(token);
            if (eq > 0 && typed("plan.word.category", token.substring(0, eq))) {
                out.add(CATEGORY + token.substring(eq + 1));
            } else if (keyword != null) {
                out.add(keyword);
            } else if (sensor != null) {
                out.add(sensor.name());
            } else {
                out.add(token);
            }
        }
        String stored = String.join(" ", out);
        TriggerCondition.parseAll(stored);
        return stored;
    }

    private String showAction(String line) {
        int bar = line.indexOf('|');
        if (bar <= 0) {
            return line;
        }
        String unit = line.substring(0, bar).strip();
        UnitKind kind = unitKind(unit);
        return (kind == null ? unit : messages.get("unitKind." + kind)) + "|" + line.substring(bar + 1).strip();
    }

    private String storeAction(String line) {
        int bar = line.indexOf('|');
        String stored = line;
        if (bar > 0) {
            String unit = line.substring(0, bar).strip();
            UnitKind kind = typedUnitKind(unit);
            stored = (kind == null ? unit : kind.name()) + "|" + line.substring(bar + 1).strip();
        }
        ActionLine.parseAll(stored);
        return stored;
    }

    private String showNeed(String line) {
        NeedLine need;
        try {
            need = NeedLine.parse(line);
        } catch (PlanFormatException e) {
            return line; // shown as stored: saving it again reports what is wrong with it
        }
        String what = switch (need.kind()) {
            case ITEM -> stock.item(need.code(), null);
            case TEAM -> stock.skill(need.code());
            case EXPERT -> stock.field(need.code());
        };
        return messages.get("plan.need." + need.kind()) + "|" + what + "|" + need.quantity();
    }

    private String storeNeed(String line, List<ItemKind> catalogue) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 3) {
            return NeedLine.parse(line).toString(); // throws: not three parts
        }
        NeedKind kind = typedNeedKind(parts[0]);
        if (kind == null) {
            return NeedLine.parse(line).toString(); // throws: unknown kind
        }
        String what = parts[1].strip();
        String code = what.isEmpty() ? what : switch (kind) {
            case ITEM -> itemCode(what, catalogue);
            case TEAM -> stock.storedSkill(what);
            case EXPERT -> stock.storedField(what);
        };
        return NeedLine.parse(kind + "|" + code + "|" + parts[2].strip()).toString();
    }

    private String itemCode(String typed, List<ItemKind> catalogue) {
        String known = stock.knownItemCode(typed);
        if (known != null) {
            return known;
        }
        String t = typed.strip();
        return catalogue.stream().filter(k -> k.code().equalsIgnoreCase(t) || t.equalsIgnoreCase(k.name()))
                .map(ItemKind::code).findFirst().orElseThrow(() -> new UnknownItem(t));
    }

    private static SensorKind sensorKind(String token) {
        for (SensorKind k : SensorKind.values()) {
            if (k.name().equalsIgnoreCase(token)) {
                return k;
            }
        }
        return null;
    }

    private SensorKind typedSensor(String token) {
        for (SensorKind k : SensorKind.values()) {
            if (k.name().equalsIgnoreCase(token) || typed("sensor." + k, token)) {
                return k;
            }
        }
        return null;
    }

    private String keyword(String token) {
        for (String k : KEYWORDS) {
            if (k.equalsIgnoreCase(token) || typed("plan.word." + k, token)) {
                return k;
            }
        }
        return null;
    }

    private static UnitKind unitKind(String token) {
        for (UnitKind k : UnitKind.values()) {
            if (k.name().equalsIgnoreCase(token)) {
                return k;
            }
        }
        return null;
    }

    private UnitKind typedUnitKind(String token) {
        for (UnitKind k : UnitKind.values()) {
            if (k.name().equalsIgnoreCase(token) || typed("unitKind." + k, token)) {
                return k;
            }
        }
        return null;
    }

    private NeedKind typedNeedKind(String token) {
        for (NeedKind k : NeedKind.values()) {
            if (k.name().equalsIgnoreCase(token.strip()) || typed("plan.need." + k, token)) {
                return k;
            }
        }
        return null;
    }

    /** True when {@code token} is the word for {@code key} in either language. */
    private boolean typed(String key, String token) {
        String t = token.strip();
        return languages.stream().anyMatch(m -> m.get(key).equalsIgnoreCase(t));
    }

    private static UnaryOperator<String> checked(String section, UnaryOperator<String> store) {
        return line -> {
            try {
                return store.apply(line);
            } catch (UnknownItem e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new BadLine(section, line.strip(), e);
            }
        };
    }

    /** Each non-blank line through {@code each}; comments ({@code #}) and blank lines kept as they are. */
    private static String lines(String text, UnaryOperator<String> each) {
        if (text == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            String s = line.strip();
            out.add(s.isEmpty() || s.startsWith("#") ? line : each.apply(s));
        }
        return String.join("\n", out);
    }
}
