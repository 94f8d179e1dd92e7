package org.gridcommand.geo.io;

import java.util.Map;
import org.gridcommand.geo.FeatureProblem;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a file, before any checking: its id in the file (feature id or record number), its
 * attributes, and its geometry in the file's own coordinate system. {@code problem} is set instead of the
 * geometry when the record itself could not be read, so the import report can name it.
 */
public record SourceFeature(String id, Map<String, Object> properties, Geometry geometry, FeatureProblem problem) {

    /** The attribute {@code name} as text, or null when absent or blank. */
    public String text(String name) {
        Object v = properties.get(name);
        if (v == null) {
            return null;
        }
        String s = v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)
                ? Long.toString(d.longValue()) : v.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
