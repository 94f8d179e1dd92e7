package org.gridcommand.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.service.report.ReportFormat;
import org.gridcommand.service.report.ReportKind;

/** The indicator commands' words read from the command line, refused with the choices when unknown. */
final class CliChoices {
    private CliChoices() {
    }

    static ReportKind reportKind(String s, CliMessages words) {
        try {
            return ReportKind.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(words.get("choice.unknown", s, "daily, weekly, monthly"));
        }
    }

    static ReportFormat reportFormat(String s, Path out, CliMessages words) {
        String f = s != null ? s : out.getFileName().toString().replaceAll(".*\\.", "");
        try {
            return ReportFormat.valueOf(f.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(words.get("choice.unknown", f, "pdf, xlsx"));
        }
    }

    static PeriodKind period(String s, CliMessages words) {
        try {
            return PeriodKind.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(words.get("choice.unknown", s, "day, week, month, quarter, year"));
        }
    }

    static Dimension dimension(String s, CliMessages words) {
        try {
            return Dimension.ofCode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(words.get("choice.unknown", s, codes(Dimension.values())));
        }
    }

    static Indicator indicator(String s, CliMessages words) {
        try {
            return Indicator.ofCode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(words.get("choice.unknown", s, codes(Indicator.values())));
        }
    }

    static Role role(String s, CliMessages words) {
        try {
            return Role.ofCode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(words.get("choice.unknown", s, codes(Role.values())));
        }
    }

    private static String codes(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(v.name().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
