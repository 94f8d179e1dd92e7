package org.gridcommand.store.kpi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.domain.kpi.ScoreWeight;
import org.gridcommand.store.Database;

/** The composite scores' weights (table kpi_weight): read, and a role's whole set replaced at once. */
public final class KpiWeightsStore {
    private final Database db;

    public KpiWeightsStore(Database db) {
        this.db = db;
    }

    /** Every weight, by role and then by indicator. */
    public List<ScoreWeight> all() {
        return db.withConnection(c -> {
            List<ScoreWeight> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT role, indicator, form, weight FROM kpi_weight ORDER BY role, indicator");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ScoreWeight(Role.valueOf(rs.getString(1)), Indicator.valueOf(rs.getString(2)),
                            ScoreWeight.Form.valueOf(rs.getString(3)), rs.getDouble(4)));
                }
            }
            return list;
        });
    }

    /** Replaces the weights of {@code role} with {@code weights} in one transaction (all or nothing). */
    public void replace(Role role, List<ScoreWeight> weights, String by, Instant at) {
        db.withConnection(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM kpi_weight WHERE role = ?")) {
                del.setString(1, role.name());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO kpi_weight (role, indicator, form, weight,"
                    + " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ScoreWeight w : weights) {
                    ins.setString(1, role.name());
                    ins.setString(2, w.indicator().name());
                    ins.setString(3, w.form().name());
                    ins.setDouble(4, w.weight());
                    ins.setString(5, by);
                    ins.setObject(6, EventFactsStore.time(at));
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return null;
        });
    }
}
