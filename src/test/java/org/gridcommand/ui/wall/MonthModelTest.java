package org.gridcommand.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gridcommand.domain.kpi.Tally;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.wall.MonthAtAGlance;
import org.gridcommand.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;

/** The wall asks every 15 seconds; the month's figures are read again only every five minutes. */
class MonthModelTest {
    @Test
    void the_month_is_read_at_most_every_five_minutes_unless_asked_to_read_now() {
        AtomicInteger reads = new AtomicInteger();
        AtomicLong clock = new AtomicLong();
        IndicatorRow empty = new IndicatorRow("all", "全区", new Tally());
        MonthModel model = new MonthModel(() -> {
            reads.incrementAndGet();
            return new MonthAtAGlance(empty, empty, List.of(), List.of());
        }, new BackgroundTasks(Runnable::run, Runnable::run), clock::get);

        model.refresh(false);
        clock.addAndGet(Duration.ofSeconds(15).toNanos());
        model.refresh(false);
        assertThat(reads).hasValue(1);
        assertThat(model.figuresProperty().get()).isNotNull();

        clock.addAndGet(Duration.ofMinutes(5).toNanos());
        model.refresh(false);
        assertThat(reads).hasValue(2);
        model.refresh(true);
        assertThat(reads).hasValue(3);
    }
}
