package org.gridcommand.service.resources;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.resource.Expert;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.domain.resource.Team;
import org.gridcommand.domain.resource.Warehouse;
import org.gridcommand.store.Database;
import org.locationtech.jts.geom.Point;

/**
 * Reads every stock item, team and expert in one read-only transaction. Resources without a position are left out: they
 * cannot be ranked by distance.
 */
final class SnapshotReader {
    private final Database database;
    private final Clock clock;

    SnapshotReader(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    ResourceSnapshot read() {
        return database.transact(s -> {
            Map<Long, Warehouse> warehouses = new HashMap<>();
            for (Warehouse w : s.createSelectionQuery("from Warehouse", Warehouse.class).getResultList()) {
                warehouses.put(w.getId(), w);
            }
            List<StockSnapshot> stock = new ArrayList<>();
            for (StockItem i : s.createSelectionQuery("from StockItem", StockItem.class).getResultList()) {
                Warehouse w = warehouses.get(i.getWarehouseId());
                if (w != null && w.getLocation() != null) {
                    Point p = w.getLocation();
                    stock.add(new StockSnapshot(i.getId(), w.getId(), w.getCode(), w.getName(), i.getItemCode(),
                            i.getItemName(), i.getMeasureUnit(), i.getQuantity(), i.getReserved(), i.getVersion(),
                            p.getX(), p.getY()));
                }
            }
            List<TeamSnapshot> teams = new ArrayList<>();
            for (Team t : s.createSelectionQuery("from Team", Team.class).getResultList()) {
                if (t.getLocation() != null) {
                    teams.add(new TeamSnapshot(t.getId(), t.getCode(), t.getName(), t.skillList(), t.getHeadcount(),
                            t.getStatus(), t.getLeader(), t.getPhone(), t.getVersion(), t.getLocation().getX(),
                            t.getLocation().getY()));
                }
            }
            List<ExpertSnapshot> experts = new ArrayList<>();
            for (Expert e : s.createSelectionQuery("from Expert", Expert.class).getResultList()) {
                if (e.getLocation() != null) {
                    experts.add(new ExpertSnapshot(e.getId(), e.getName(), e.getField(), e.getTitle(),
                            e.getOrganization(), e.getPhone(), e.isAvailable(), e.getVersion(),
                            e.getLocation().getX(), e.getLocation().getY()));
                }
            }
            return new ResourceSnapshot(stock, teams, experts, clock.instant());
        });
    }
}
