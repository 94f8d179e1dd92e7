package org.gridcommand.service.kpi;

/** A period's figures beside those of the period before (环比) and of the same period a year earlier (同比). */
public record Comparison(PeriodFigures current, PeriodFigures previous, PeriodFigures yearEarlier) {
}
