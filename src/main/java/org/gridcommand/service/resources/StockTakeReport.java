package org.gridcommand.service.resources;

import java.util.List;
import org.gridcommand.domain.emergency.MovementKind;

/**
 * What a stock take found, line by line, and whether it was booked (only when every line was sound).
 *
 * @param rows    one per counted line, in file order
 * @param applied true when the differences were booked; false when nothing was (a check, or a bad line)
 */
public record StockTakeReport(List<Row> rows, boolean applied) {
    public StockTakeReport {
        rows = List.copyOf(rows);
    }

    /**
     * One line of the report.
     *
     * @param book       what the book said (null when the line could not be matched)
     * @param kind       the correction booked or to book (COUNT_UP, COUNT_DOWN), null when the count agrees or
     *                   the line has a problem
     * @param difference counted − book
     * @param problem    why this line cannot be booked, or null
     */
    public record Row(int row, String warehouseCode, String itemCode, Integer book, Integer counted,
                      MovementKind kind, int difference, Problem problem) {
        public boolean sound() {
            return problem == null;
        }
    }

    /**
     * Why a line cannot be booked, as data: the console and the command line word it in their own language.
     *
     * @param key  {@code no-warehouse} (code), {@code counted-twice}, {@code negative}, {@code unknown-item} (code),
     *             {@code below-reserved} (counted, reserved), {@code incomplete}, {@code not-a-number} (the text)
     * @param args the values the wording needs, in that order
     */
    public record Problem(String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        public static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    public List<Row> problems() {
        return rows.stream().filter(r -> !r.sound()).toList();
    }

    /** Lines whose count differs from the book. */
    public long corrections() {
        return rows.stream().filter(r -> r.sound() && r.difference() != 0).count();
    }
}
