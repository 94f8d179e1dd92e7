package org.gridcommand.domain.kpi;

/** The lengths of time the indicators are reported for: 日、周、月、季、年, or a custom range of days. */
public enum PeriodKind {
    DAY, WEEK, MONTH, QUARTER, YEAR, CUSTOM
}
