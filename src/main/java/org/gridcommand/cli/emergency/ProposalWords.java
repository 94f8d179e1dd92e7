package org.gridcommand.cli.emergency;

import java.util.Locale;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.emergency.ProposalLine;
import org.gridcommand.service.emergency.ResolvedArea;
import org.gridcommand.service.emergency.Shortfall;

/**
 * A proposal in the command line's language (--lang; Chinese by default), worded from its structure: the area by
 * its kind and figures, a line by who and what, a shortfall by its counts. The service's own texts (label,
 * message, description) are Chinese, kept for the activation's record and the JSON line.
 */
final class ProposalWords {
    private final CliMessages m;

    ProposalWords(CliMessages m) {
        this.m = m;
    }

    CliMessages messages() {
        return m;
    }

    String heading(Proposal p) {
        return m.get("activate.heading", p.planCode(), p.planName(), p.planRevision(), p.level(),
                p.drill() ? m.get("activate.drill") : "", area(p.area()));
    }

    String area(ResolvedArea a) {
        return switch (a.kind()) {
            case CIRCLE -> m.get("activate.area.circle", a.radiusMeters() == null ? 0 : a.radiusMeters(),
                    String.format(Locale.ROOT, "%.5f, %.5f", a.centreLat(), a.centreLon()));
            case POLYGON -> m.get("activate.area.polygon", a.areaKm2());
            case BUFFER -> m.get("activate.area.buffer");
            case AREAS -> a.description(); // the areas' own names, as the city calls them
        };
    }

    /** Who or where, and what: the warehouse and item, the team, the expert, the unit and its task. */
    String line(ProposalLine l) {
        return switch (l.kind()) {
            case ITEM -> m.get("activate.line.item", l.who(), item(l.needCode(), l.what()), l.quantity(),
                    m.unit(l.measureUnit()));
            case TEAM -> m.get("activate.line.team", l.who(), l.quantity(), l.needCode());
            case EXPERT -> m.get("activate.line.expert", l.who(), l.what());
            case TASK -> m.get("activate.line.task", l.who(), l.what());
        };
    }

    String shortfall(Shortfall s) {
        return switch (s.kind()) {
            case ITEM -> m.get("activate.short.item", item(s.needCode(), s.what()), s.needed(), s.found(),
                    s.missing(), m.unit(s.measureUnit()));
            case TEAM -> m.get("activate.short.team", s.needCode(), s.needed(), s.found(), s.missing());
            case EXPERT -> m.get("activate.short.expert", s.needCode(), s.needed(), s.found(), s.missing());
            case TASK -> m.get("activate.short.task", s.needCode(), s.what() == null ? "" : s.what());
        };
    }

    /** An item by its stored name in Chinese, by its code in English (the code is the item's English word). */
    private String item(String code, String storedName) {
        return storedName == null || m.locale().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? code
                : storedName;
    }
}
