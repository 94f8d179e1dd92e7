package org.gridcommand.domain.drill;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a scenario, where a trainer finds it: {@code where} is "header", "objective O1",
 * "inject 3" or "inject 3, action 3a" (a spreadsheet adds its sheet and row), {@code field} the field's name in
 * the file. {@code key} names the message (bundle {@code org.gridcommand.service.drill.messages}), {@code args}
 * fill it.
 */
public record ScenarioProblem(String where, String field, String key, List<String> args) {
    public ScenarioProblem {
        args = List.copyOf(args);
    }

    public static ScenarioProblem of(String where, String field, String key, Object... args) {
        return new ScenarioProblem(where, field, key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
