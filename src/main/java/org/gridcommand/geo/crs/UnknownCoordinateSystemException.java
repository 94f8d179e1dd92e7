package org.gridcommand.geo.crs;

import org.gridcommand.geo.FeatureProblem;

/**
 * A coordinate system named by the user or by a file's .prj that GridCommand cannot convert from. Its message is
 * English (command line, logs); {@link #problem()} says it in the console's language.
 */
public class UnknownCoordinateSystemException extends IllegalArgumentException {
    private final transient FeatureProblem problem;

    public UnknownCoordinateSystemException(FeatureProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public FeatureProblem problem() {
        return problem;
    }
}
