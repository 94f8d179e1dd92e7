package org.gridcommand.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFrameGateTest {
    private final List<String> ran = new ArrayList<>();
    private final FirstFrameGate gate = new FirstFrameGate(Runnable::run);

    @Test
    void work_passes_straight_through_when_nothing_is_held() {
        gate.execute(() -> ran.add("open the database"));

        assertThat(ran).containsExactly("open the database");
    }

    @Test
    void work_given_while_the_first_frame_is_laid_out_runs_after_it_in_order() {
        gate.hold();
        gate.execute(() -> ran.add("event queue"));
        gate.execute(() -> ran.add("map points"));
        assertThat(ran).isEmpty();

        gate.release();
        gate.execute(() -> ran.add("later work"));

        assertThat(ran).containsExactly("event queue", "map points", "later work");
    }
}
