package org.gridcommand.service.intake;

/**
 * What the intake accepts as text, the same for the HTTP endpoint and for hotline files. Free text loses its
 * control characters (NUL, ESC and the other C0/C1 codes, DEL) and the invisible bidirectional overrides that can
 * make a line read differently than it is stored: they carry no meaning for an officer, PostgreSQL refuses NUL,
 * and ESC sequences can rewrite a terminal that prints a log line. A description keeps its line breaks and tabs;
 * one-line fields (title, address, reporter) get a space for each. Identifiers (external id, category code, sensor
 * code) are refused with any control character instead: changing an id would change which report it names.
 * Lengths are counted after cleaning and are refused, never cut: the sender learns what to shorten.
 */
final class ReportText {
    /** Column widths of the event table. */
    static final int EXTERNAL_ID = 80;
    static final int CATEGORY_CODE = 40;
    static final int TITLE = 200;
    static final int DESCRIPTION = 4000;
    static final int ADDRESS = 300;
    static final int REPORTER = 60;
    static final int SENSOR_CODE = 40;

    private ReportText() {
    }

    /** {@code value} without control characters, line breaks becoming spaces; null when nothing is left. */
    static String oneLine(String value) {
        return clean(value, false);
    }

    /** {@code value} without control characters but with its line breaks (CR LF → LF) and tabs. */
    static String multiLine(String value) {
        return clean(value, true);
    }

    /** Why {@code value} cannot be an identifier named {@code field} (in English); null when it can. */
    static String identifierProblem(String field, String value, int max) {
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i))) {
                return field + " contains a control character (U+"
                        + String.format("%04X", (int) value.charAt(i)) + ") at position " + (i + 1);
            }
        }
        return lengthProblem(field, value, max);
    }

    /** Why {@code value} is too long for {@code field} (in English); null when it fits. */
    static String lengthProblem(String field, String value, int max) {
        return value == null || value.length() <= max ? null : field + " has " + value.length()
                + " characters; at most " + max + " fit: shorten it (nothing is cut)";
    }

    private static String clean(String value, boolean keepLines) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep = !isControl(c) || keepLines && (c == '\n' || c == '\t');
            if (keep && (out == null)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (keep) {
                out.append(c);
            } else if (c == '\n' || c == '\t' || c == '\r' && !keepLines) {
                out.append(' ');
            }
        }
        String s = (out == null ? value : out.toString()).strip();
        return s.isEmpty() ? null : s;
    }

    /** C0 and C1 control codes, DEL, and the bidirectional embedding / override / isolate marks. */
    static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
