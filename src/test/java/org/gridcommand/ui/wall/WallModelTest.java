package org.gridcommand.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gridcommand.service.wall.WallFigures;
import org.gridcommand.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;

class WallModelTest {
    @Test
    void the_tiles_show_the_latest_figures_and_keep_them_when_a_read_fails() {
        List<Object> answers = new ArrayList<>(List.of(new WallFigures(1077, 776, 60, 78, 1),
                new IllegalStateException("数据库连接中断")));
        WallModel model = new WallModel(() -> {
            Object next = answers.remove(0);
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (WallFigures) next;
        }, new BackgroundTasks(Runnable::run, Runnable::run));
        assertThat(model.figuresProperty().get()).isNull();
        model.refresh();
        assertThat(model.figuresProperty().get().overdue()).isEqualTo(776);
        model.refresh();
        assertThat(model.problemProperty().get()).isEqualTo("数据库连接中断");
        assertThat(model.figuresProperty().get().open()).as("last figures stay up").isEqualTo(1077);
    }
}
