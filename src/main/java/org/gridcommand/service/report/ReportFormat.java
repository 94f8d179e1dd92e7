package org.gridcommand.service.report;

/** The files a report is written as. */
public enum ReportFormat {
    /** for reading and printing, fonts embedded */
    PDF,
    /** for further work: one sheet per table, numbers as numbers */
    XLSX
}
