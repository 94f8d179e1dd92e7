package org.gridcommand.ui.drill;

import javafx.scene.control.Label;
import org.gridcommand.ui.common.Messages;

/**
 * The 演练 / DRILL banner across the top of every screen of a console working on a drill copy, and the window
 * title that says the same: no one may take drill data for live data.
 */
public final class DrillBanner {
    static final String STYLE = DrillBanner.class.getResource("/org/gridcommand/ui/drill/drill.css").toExternalForm();

    private DrillBanner() {
    }

    /** The banner for the drill running {@code scenario}. */
    public static Label banner(Messages consoleMessages, String scenario) {
        Label banner = new Label(DrillFeatureWords.of(consoleMessages).get("banner.text", scenario));
        banner.setId("drill-banner");
        banner.getStyleClass().add("drill-banner");
        banner.getStylesheets().add(STYLE);
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    /** The console window's title during the drill. */
    public static String title(Messages consoleMessages, String consoleTitle, String scenario) {
        return DrillFeatureWords.of(consoleMessages).get("banner.title", consoleTitle, scenario);
    }
}
