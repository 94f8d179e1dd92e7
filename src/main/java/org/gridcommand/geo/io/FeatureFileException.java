package org.gridcommand.geo.io;

import org.gridcommand.geo.FeatureProblem;

/**
 * The file as a whole cannot be read (not the format it claims, truncated, missing a companion file). Its message
 * is English (command line, logs); {@link #problem()} says it in the console's language.
 */
public class FeatureFileException extends RuntimeException {
    private final transient FeatureProblem problem;

    public FeatureFileException(FeatureProblem problem) {
        this(problem, null);
    }

    public FeatureFileException(FeatureProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public FeatureProblem problem() {
        return problem;
    }
}
