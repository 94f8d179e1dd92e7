package org.gridcommand.store.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** The offline base map's features (table basemap_feature). */
public final class BaseMapFeatures {
    private final Database db;

    public BaseMapFeatures(Database db) {
        this.db = db;
    }

    /**
     * Every base map feature, in id order (the painting order within a kind). Plain JDBC and WKB because it sits on
     * the start-up path, where the ORM's first query costs seconds.
     */
    public List<BaseMapFeature> all() {
        return db.withConnection(c -> {
            List<BaseMapFeature> features = new ArrayList<>();
            WKBReader wkb = new WKBReader(Wgs84.FACTORY);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, kind, name, min_zoom, ST_AsBinary(geometry) FROM basemap_feature ORDER BY id")) {
                while (rs.next()) {
                    byte[] bytes = rs.getBytes(5);
                    Geometry g;
                    try {
                        g = bytes == null ? null : wkb.read(bytes);
                    } catch (ParseException e) {
                        throw new SQLException("unreadable geometry of base map feature " + rs.getLong(1), e);
                    }
                    features.add(new BaseMapFeature(rs.getLong(1), MapFeatureKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getInt(4), g));
                }
            }
            return features;
        });
    }
}
