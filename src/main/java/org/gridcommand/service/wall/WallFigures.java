package org.gridcommand.service.wall;

/**
 * The figures the wall shows in big tiles.
 *
 * @param open           events not yet closed, merged or cancelled
 * @param overdue        of those, past their handling limit
 * @param newToday       events reported since midnight (console clock and zone)
 * @param closedToday    events closed since midnight
 * @param sensorsInAlarm sensors whose latest reading is in alarm
 */
public record WallFigures(long open, long overdue, long newToday, long closedToday, long sensorsInAlarm) {
}
