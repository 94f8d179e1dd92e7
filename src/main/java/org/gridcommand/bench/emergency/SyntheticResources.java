package org.gridcommand.bench.emergency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.service.resources.ExpertSnapshot;
import org.gridcommand.service.resources.ResourceSnapshot;
import org.gridcommand.service.resources.StockSnapshot;
import org.gridcommand.service.resources.TeamSnapshot;

/**
 * Deterministic warehouses, teams and experts at the demo city's scale (73 / 90 / 566) times {@code scale},
 * spread over a city of {@code radiusKm} around a centre. For benches and tests when no demo city is loaded.
 */
public final class SyntheticResources {
    public static final int DEMO_WAREHOUSES = 73;
    public static final int DEMO_TEAMS = 90;
    public static final int DEMO_EXPERTS = 566;
    static final String[][] ITEMS = {{"SANDBAG", "编织袋", "条", "3000"}, {"PUMP", "排涝泵", "台", "6"},
        {"BOAT", "冲锋舟", "艘", "3"}, {"LIFE_JACKET", "救生衣", "件", "200"}, {"GENERATOR", "发电机", "台", "4"}};
    static final String[] SKILLS = {"防汛抢险", "排涝", "消防", "医疗救护", "危化品处置", "通信保障", "搜救"};
    static final String[] FIELDS = {"水利", "气象", "消防", "危化品", "结构", "医疗", "地质", "电力"};

    private SyntheticResources() {
    }

    /** A snapshot with {@code scale}× the demo city's resources; ids come from {@code ids}. */
    public static ResourceSnapshot generate(int scale, long seed, double lon, double lat, double radiusKm,
                                            LongSupplier ids) {
        Random r = new Random(seed);
        double dLat = radiusKm / 111.2;
        double dLon = dLat / Math.cos(Math.toRadians(lat));
        List<StockSnapshot> stock = new ArrayList<>();
        for (int w = 0; w < DEMO_WAREHOUSES * scale; w++) {
            long wid = ids.getAsLong();
            double x = lon + (r.nextDouble() * 2 - 1) * dLon;
            double y = lat + (r.nextDouble() * 2 - 1) * dLat;
            for (String[] item : ITEMS) {
                if (r.nextDouble() < 0.8) {
                    int q = 1 + r.nextInt(2 * Integer.parseInt(item[3]));
                    stock.add(new StockSnapshot(ids.getAsLong(), wid, "W" + (w + 1), "应急物资仓库" + (w + 1), item[0],
                            item[1], item[2], q, 0, 0, x, y));
                }
            }
        }
        List<TeamSnapshot> teams = new ArrayList<>();
        for (int t = 0; t < DEMO_TEAMS * scale; t++) {
            List<String> skills = new ArrayList<>(List.of(SKILLS[r.nextInt(SKILLS.length)]));
            String second = SKILLS[r.nextInt(SKILLS.length)];
            if (!skills.contains(second) && r.nextBoolean()) {
                skills.add(second);
            }
            teams.add(new TeamSnapshot(ids.getAsLong(), "T" + (t + 1), "应急队伍" + (t + 1), skills,
                    10 + r.nextInt(41), r.nextDouble() < 0.9 ? TeamStatus.AVAILABLE : TeamStatus.RESTING, "队长",
                    "139", 0, lon + (r.nextDouble() * 2 - 1) * dLon, lat + (r.nextDouble() * 2 - 1) * dLat));
        }
        List<ExpertSnapshot> experts = new ArrayList<>();
        for (int e = 0; e < DEMO_EXPERTS * scale; e++) {
            experts.add(new ExpertSnapshot(ids.getAsLong(), "专家" + (e + 1), FIELDS[r.nextInt(FIELDS.length)],
                    "高级工程师", "区应急专家库", "138", r.nextDouble() < 0.85, 0,
                    lon + (r.nextDouble() * 2 - 1) * dLon, lat + (r.nextDouble() * 2 - 1) * dLat));
        }
        return new ResourceSnapshot(stock, teams, experts, Instant.EPOCH);
    }
}
