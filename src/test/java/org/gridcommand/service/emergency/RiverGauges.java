package org.gridcommand.service.emergency;

import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryKind;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.store.Database;

/**
 * What the commander's console needs beyond {@link FloodScenario}'s town: two gauges on the river (warning line
 * 4.0 m), a lake gauge the flood replay leaves alone, and the 突发事件 class of the taxonomy for task events.
 */
final class RiverGauges {
    static final String UPSTREAM = "WL-RIVER-01";
    static final String DOWNSTREAM = "WL-RIVER-02";
    static final String LAKE = "WL-LAKE-01";
    static final String RIVER_ALERT = "E040102";

    private RiverGauges() {
    }

    static void add(Database db) {
        db.transact(s -> {
            s.persist(new Sensor(db.ids().next(), UPSTREAM, "明湖江1号水位站", SensorKind.WATER_LEVEL,
                    FloodScenario.at(0, 200), null, "m", 4.0, 4.5));
            s.persist(new Sensor(db.ids().next(), DOWNSTREAM, "明湖江2号水位站", SensorKind.WATER_LEVEL,
                    FloodScenario.at(3_000, 200), null, "m", 4.2, 4.7));
            s.persist(new Sensor(db.ids().next(), LAKE, "镜湖水位站", SensorKind.WATER_LEVEL,
                    FloodScenario.at(-5_000, 5_000), null, "m", 3.2, 3.6));
            long major = db.ids().next();
            s.persist(new Category(major, "E04", "突发事件", CategoryTier.MAJOR, CategoryKind.EVENT, null, null, null,
                    0, 0, 0, false));
            long minor = db.ids().next();
            s.persist(new Category(minor, "E0401", "灾害", CategoryTier.MINOR, CategoryKind.EVENT, major, null, null,
                    0, 0, 0, false));
            s.persist(new Category(db.ids().next(), "E040101", "城市内涝", CategoryTier.ITEM, CategoryKind.EVENT,
                    minor, Difficulty.HARD, "WB001", 5, 30, 240, false));
            s.persist(new Category(db.ids().next(), RIVER_ALERT, "河道水位超警", CategoryTier.ITEM, CategoryKind.EVENT,
                    minor, Difficulty.HARD, "WB001", 5, 30, 480, false));
            return null;
        });
    }
}
