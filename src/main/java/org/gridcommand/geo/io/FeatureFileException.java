package org.gridcommand.geo.io;

/** The file as a whole cannot be read (not the format it claims, truncated, missing a companion file). */
public class FeatureFileException extends RuntimeException {
    public FeatureFileException(String message) {
        super(message);
    }

    public FeatureFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
