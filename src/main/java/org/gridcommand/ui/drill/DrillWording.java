package org.gridcommand.ui.drill;

import java.time.Duration;
import org.gridcommand.domain.drill.ActionKind;
import org.gridcommand.domain.drill.DrillClock;
import org.gridcommand.domain.drill.InjectType;
import org.gridcommand.domain.drill.PlayerRole;
import org.gridcommand.domain.drill.TimelineEntry;
import org.gridcommand.ui.common.Messages;

/** The drill's codes in the console's language: types, roles, actions, clock states, timeline lines. */
final class DrillWording {
    private final Messages words;

    DrillWording(Messages words) {
        this.words = words;
    }

    /** Scenario time as the MSEL writes it: T+hh:mm:ss. */
    static String time(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("T+%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    String type(InjectType t) {
        return words.get("type." + t.name());
    }

    String role(PlayerRole r) {
        return r == null ? "" : words.get("role." + r.name());
    }

    String action(ActionKind k) {
        return words.get("action." + k.name());
    }

    String state(DrillClock.State s) {
        return words.get("state." + s.name());
    }

    /** A step from the audit trail: an event action, ACTIVATE, or a stock movement kind. */
    String step(String kind) {
        String word = words.get("step." + kind);
        return word.startsWith("step.") ? kind : word;
    }

    String timeline(TimelineEntry e) {
        String what = words.get("timeline." + e.what().name(), e.inject());
        String action = e.action() == null ? "" : action(e.action()) + " ";
        return time(e.at()) + "  " + what + "  " + action + (e.detail() == null ? "" : e.detail());
    }
}
