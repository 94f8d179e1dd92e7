package org.gridcommand.store.drill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.gridcommand.domain.drill.CityCodes;
import org.gridcommand.store.Database;

/** What a scenario is checked against: the codes of the city, and whether a point lies in one of its grids. */
public final class DrillCityStore {
    private final Database db;

    public DrillCityStore(Database db) {
        this.db = db;
    }

    public CityCodes codes() {
        return db.withConnection(c -> new CityCodes(
                codes(c, "SELECT code FROM plan WHERE is_current"),
                codes(c, "SELECT code FROM area WHERE level = 'GRID'"),
                codes(c, "SELECT code FROM unit"),
                codes(c, "SELECT code FROM sensor"),
                codes(c, "SELECT code FROM camera"),
                codes(c, "SELECT code FROM warehouse"),
                codes(c, "SELECT code FROM team"),
                codes(c, "SELECT DISTINCT item_code FROM stock_item"),
                codes(c, "SELECT code FROM category")));
    }

    /** True when (lon, lat) lies inside one of the city's grids. */
    public boolean insideCity(double lon, double lat) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM area WHERE level = 'GRID' "
                    + "AND ST_Contains(boundary, ST_GeomFromText(?, 4326))")) {
                ps.setString(1, "POINT(" + lon + " " + lat + ")");
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getLong(1) > 0;
                }
            }
        });
    }

    private static Set<String> codes(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
