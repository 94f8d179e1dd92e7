package org.gridcommand.app;

import java.util.List;

/**
 * THE ONE LIST of problems the language and layout tests know about and let pass for now: leaks and clipped texts
 * on screens whose owners are fixing them on their own branches this round (issue 10, section 5). An entry names the
 * language, the screen (as {@link ConsoleTour} names it, a bundle file, or "*" for every screen), the owner (only the
 * texts that owner's feature folders draw match it), and a part of the text ("" for every text of that owner on that
 * screen). Nothing of the shell, status bar, import window, wall mode, common dialogs or app bundles may be listed:
 * those are fixed (a test checks the owners). The lead empties this list as the owners' branches are merged; an
 * entry that no longer matches anything is printed by the tests ("no longer needed") so that it can go.
 */
final class KnownProblems {
    /**
     * One known problem: {@code place} is a part of the node's path ("layer-legend"; "" for anywhere), {@code what}
     * says what is wrong for the owner.
     */
    record Known(String lang, String screen, String owner, String text, String place, String what) {
        Known(String lang, String screen, String owner, String text, String what) {
            this(lang, screen, owner, text, "", what);
        }

        boolean covers(String lang, String screen, String feature, String shown, String where) {
            return this.lang.equals(lang) && (this.screen.equals("*") || this.screen.equals(screen))
                    && owner.equals(KnownProblems.owner(feature)) && shown.contains(text) && where.contains(place);
        }
    }

    /** Words of the other language, raw codes and bundle keys. */
    static final List<Known> LEAKS = List.of();

    /** Texts shortened or cut off, and buttons out of reach. Screen names carry no size: both sizes are covered. */
    static final List<Known> CLIPS = List.of();

    private KnownProblems() {
    }

    /** Who fixes what a feature folder shows (issue 10's split of section 5). */
    static String owner(String feature) {
        if (feature.startsWith("dispatch") || feature.startsWith("returnvisit")) {
            return "loop";
        }
        if (feature.startsWith("triage")) {
            return "triage";
        }
        if (feature.startsWith("emergency") || feature.startsWith("resources")) {
            return "board";
        }
        if (feature.startsWith("mapwall") || feature.startsWith("search")) {
            return "map";
        }
        if (feature.startsWith("shell") || feature.startsWith("common") || feature.startsWith("wall")
                || feature.startsWith("imports") || feature.equals("app") || feature.isEmpty()) {
            return "look";
        }
        return "?";
    }

    /** The feature folder of a bundle file: "emergency" for org/gridcommand/ui/emergency/messages.properties. */
    static String featureOfBundle(String bundle) {
        String path = bundle.replace("bundle org/gridcommand/ui/", "");
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
    }
}
