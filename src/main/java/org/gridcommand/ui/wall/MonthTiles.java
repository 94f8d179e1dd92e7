package org.gridcommand.ui.wall;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.Score;
import org.gridcommand.service.wall.MonthAtAGlance;
import org.gridcommand.ui.common.Messages;

/**
 * The wall's assessment column beside the map: this month's closure, on-time closure and satisfaction rates against
 * last month's, today's reports by channel, and the best units. It only binds to {@link MonthModel}.
 */
final class MonthTiles extends VBox {
    private static final Indicator[] RATES = {Indicator.CLOSURE_RATE, Indicator.ON_TIME_CLOSURE_RATE,
        Indicator.SATISFACTION_RATE};
    private final Messages words;
    private final Subscription subscription;

    MonthTiles(MonthModel model, Messages words) {
        this.words = words;
        setId("kpi-month");
        getStyleClass().add("kpi-month");
        setSpacing(10);
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        subscription = model.figuresProperty().subscribe(this::show);
    }

    private void show(MonthAtAGlance f) {
        getChildren().clear();
        if (f == null) {
            getChildren().add(caption(words.get("kpi.month.loading")));
            return;
        }
        Locale locale = words.locale();
        for (Indicator i : RATES) {
            Double now = f.month().value(i);
            Double before = f.lastMonth().value(i);
            Label value = new Label(now == null ? "—" : String.format(locale, "%.1f%%", now));
            value.setId("kpi-month-" + i.code());
            value.getStyleClass().add("kpi-value");
            if (now != null && before != null) {
                value.getStyleClass().add(now >= before ? "kpi-good" : "kpi-alarm");
            }
            getChildren().add(new VBox(2, value, caption(words.get("kpi.month.rate", i.label(locale),
                    before == null ? "—" : String.format(locale, "%.1f%%", before)))));
        }
        getChildren().add(caption(words.get("kpi.month.today")));
        for (IndicatorRow r : f.todayByChannel()) {
            getChildren().add(line(words.get("kpi.month.channel", r.name(),
                    Math.round(r.value(Indicator.INTAKE)))));
        }
        getChildren().add(caption(words.get("kpi.month.units")));
        int rank = 1;
        for (Score s : f.topUnits()) {
            getChildren().add(line(words.get("kpi.month.unit", rank++, s.name(), s.score(), s.grade())));
        }
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("kpi-caption");
        return l;
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("kpi-line");
        return l;
    }

    void dispose() {
        subscription.unsubscribe();
    }
}
