package org.gridcommand.geo.crs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridcommand.geo.FeatureProblem;

/**
 * Reads the coordinate system of a shapefile's .prj (ESRI WKT). Understands an EPSG authority, the ESRI names of
 * CGCS2000 Gauss-Krüger zones (e.g. {@code CGCS2000_3_Degree_GK_CM_117E}, {@code CGCS2000_3_Degree_GK_Zone_39}),
 * WGS84 / CGCS2000 lon-lat, and a Transverse Mercator (Gauss-Krüger) with explicit parameters.
 */
public final class PrjCrs {
    private static final Pattern EPSG = Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\]\\s*$");
    private static final Pattern GK3_CM = Pattern.compile("CGCS2000_3_DEGREE_GK_CM_(\\d+)E");
    private static final Pattern GK3_ZONE = Pattern.compile("CGCS2000_3_DEGREE_GK_ZONE_(\\d+)");
    private static final Pattern GK6_CM = Pattern.compile("CGCS2000_GK_CM_(\\d+)E");
    private static final Pattern GK6_ZONE = Pattern.compile("CGCS2000_GK_ZONE_(\\d+)");

    private PrjCrs() {
    }

    /**
     * @throws IllegalArgumentException when the system is not understood; the message says to pass --crs
     */
    public static SourceCrs parse(String wkt) {
        String w = wkt.trim();
        Matcher epsg = EPSG.matcher(w);
        if (epsg.find()) {
            return CoordinateSystems.epsg(Integer.parseInt(epsg.group(1)));
        }
        String upper = w.toUpperCase(Locale.ROOT);
        Integer code = gaussKrugerCode(upper);
        if (code != null) {
            return CoordinateSystems.epsg(code);
        }
        if (upper.startsWith("GEOGCS")) {
            if (upper.contains("2000")) {
                return CoordinateSystems.CGCS2000;
            }
            if (upper.contains("WGS_1984") || upper.contains("WGS 84") || upper.contains("WGS84")) {
                return CoordinateSystems.WGS84;
            }
        }
        if (upper.startsWith("PROJCS") && (upper.contains("TRANSVERSE_MERCATOR") || upper.contains("GAUSS_KRUGER"))) {
            String proj4 = "+proj=tmerc +lat_0=" + param(upper, "LATITUDE_OF_ORIGIN", 0)
                    + " +lon_0=" + param(upper, "CENTRAL_MERIDIAN", Double.NaN)
                    + " +k=" + param(upper, "SCALE_FACTOR", 1)
                    + " +x_0=" + param(upper, "FALSE_EASTING", 0)
                    + " +y_0=" + param(upper, "FALSE_NORTHING", 0)
                    + (upper.contains("2000") || upper.contains("GRS_1980") ? " +ellps=GRS80" : " +ellps=WGS84")
                    + " +units=m +no_defs";
            if (!proj4.contains("NaN")) {
                return CoordinateSystems.proj4(name(w), proj4);
            }
        }
        throw new UnknownCoordinateSystemException(FeatureProblem.of("unknown-prj", name(w)), null);
    }

    private static Integer gaussKrugerCode(String upper) {
        Matcher m = GK3_CM.matcher(upper);
        if (m.find()) {
            int cm = Integer.parseInt(m.group(1));
            return cm >= 75 && cm <= 135 && cm % 3 == 0 ? 4534 + (cm - 75) / 3 : null;
        }
        m = GK3_ZONE.matcher(upper);
        if (m.find()) {
            int zone = Integer.parseInt(m.group(1));
            return zone >= 25 && zone <= 45 ? 4513 + zone - 25 : null;
        }
        m = GK6_CM.matcher(upper);
        if (m.find()) {
            int cm = Integer.parseInt(m.group(1));
            return cm >= 75 && cm <= 135 && (cm - 75) % 6 == 0 ? 4502 + (cm - 75) / 6 : null;
        }
        m = GK6_ZONE.matcher(upper);
        if (m.find()) {
            int zone = Integer.parseInt(m.group(1));
            return zone >= 13 && zone <= 23 ? 4491 + zone - 13 : null;
        }
        return null;
    }

    private static double param(String upper, String name, double fallback) {
        Matcher m = Pattern.compile("PARAMETER\\[\"" + name + "\",\\s*(-?[0-9.Ee+-]+)\\]").matcher(upper);
        return m.find() ? Double.parseDouble(m.group(1)) : fallback;
    }

    private static String name(String wkt) {
        Matcher m = Pattern.compile("^\\w+\\[\"([^\"]*)\"").matcher(wkt);
        return m.find() ? m.group(1) : wkt.substring(0, Math.min(60, wkt.length()));
    }
}
