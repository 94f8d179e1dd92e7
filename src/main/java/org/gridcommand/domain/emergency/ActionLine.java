package org.gridcommand.domain.emergency;

import java.util.ArrayList;
import java.util.List;

/**
 * One task of a plan level, parsed from a line of {@code PlanLevel.actions}: {@code UNIT_KIND_OR_CODE|action text}.
 * The first part is either a {@link org.gridcommand.domain.unit.UnitKind} name (every unit of that kind serving
 * the affected area gets the task) or one unit's code (that unit gets it wherever the area is).
 *
 * @param unit   a unit kind name or a unit code
 * @param action what the unit must do, in the commander's words
 */
public record ActionLine(String unit, String action) {

    /** Parses every line of an {@code actions} text; blank lines and {@code #} comments are ignored. */
    public static List<ActionLine> parseAll(String text) {
        List<ActionLine> actions = new ArrayList<>();
        if (text == null) {
            return actions;
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar <= 0 || bar == line.length() - 1) {
                throw new PlanFormatException(line, bar, "an action line is UNIT_KIND_OR_CODE|action text");
            }
            actions.add(new ActionLine(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return actions;
    }
}
