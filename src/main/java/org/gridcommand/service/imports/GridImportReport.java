package org.gridcommand.service.imports;

import java.util.List;
import org.gridcommand.geo.FeatureProblem;

/**
 * What an import did, row by row where something needs attention.
 *
 * @param features  features in the file
 * @param created   new areas
 * @param updated   existing areas (same code) updated in place
 * @param repaired  of created + updated, those whose boundary was repaired
 * @param rejected  features not imported
 * @param crs       the coordinate system the file was read in
 * @param notes     one line per repaired, rejected or otherwise noteworthy feature
 */
public record GridImportReport(int features, int created, int updated, int repaired, int rejected, String crs,
                               List<Note> notes) {

    /** One feature that needs attention: {@code reason} is said in the reader's language ({@link FeatureProblem}). */
    public record Note(String feature, String code, Kind kind, FeatureProblem reason) {
    }

    /** What kind of note. */
    public enum Kind { REPAIRED, REJECTED, WARNING }
}
