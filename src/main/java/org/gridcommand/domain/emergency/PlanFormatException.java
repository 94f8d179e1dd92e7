package org.gridcommand.domain.emergency;

/**
 * A plan line (trigger, action or need) that does not follow its format. The message names the line, the place
 * and what was expected, so that the plan editor can show it next to the text the administrator typed.
 */
public class PlanFormatException extends IllegalArgumentException {
    private final String line;
    private final int position;

    public PlanFormatException(String line, int position, String problem) {
        super(problem + " in \"" + line + "\"" + (position >= 0 ? " at column " + (position + 1) : ""));
        this.line = line;
        this.position = position;
    }

    /** The offending line as written. */
    public String line() {
        return line;
    }

    /** Zero-based column of the problem, or -1 when it concerns the whole line. */
    public int position() {
        return position;
    }
}
