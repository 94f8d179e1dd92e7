package org.gridcommand.demo;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;
import org.locationtech.jts.geom.Coordinate;

/** Emergency resources: reserve warehouses with their stock, rescue teams, and the expert pool. */
final class EmergencyResources {
    /** item code, name, unit of measure, typical quantity in a street warehouse */
    private record Stock(String code, String name, String unit, int typical) {
    }

    private static final List<Stock> STOCK = List.of(
            new Stock("SANDBAG", "沙袋", "袋", 3000), new Stock("WOVEN_BAG", "编织袋", "条", 5000),
            new Stock("PUMP", "水泵", "台", 6), new Stock("BOAT", "冲锋舟", "艘", 2),
            new Stock("LIFE_JACKET", "救生衣", "件", 120), new Stock("LIFE_BUOY", "救生圈", "个", 60),
            new Stock("GENERATOR", "发电机", "台", 4), new Stock("TENT", "帐篷", "顶", 40),
            new Stock("FIRST_AID", "急救包", "个", 150), new Stock("LIGHTING", "移动照明灯组", "套", 8),
            new Stock("RAINCOAT", "雨衣", "件", 300), new Stock("SHOVEL", "铁锹", "把", 200),
            new Stock("QUILT", "棉被", "床", 200), new Stock("WATER", "饮用水", "箱", 400),
            new Stock("EXTINGUISHER", "灭火器", "具", 80), new Stock("GAS_DETECTOR", "便携式气体检测仪", "台", 6),
            new Stock("BARRIER_TAPE", "警戒隔离带", "卷", 100));
    private static final List<String> SKILLS = List.of("防汛抢险", "排涝", "消防救援", "医疗救护", "燃气抢修", "危化处置",
            "结构救援", "电力抢修", "通信保障");
    private static final List<String> FIELDS = List.of("水利", "气象", "消防", "危化品", "结构", "医疗", "燃气", "电力",
            "地质", "公共卫生", "交通", "通信", "环境", "心理救援");
    private static final List<String> TITLES = List.of("教授", "副教授", "研究员", "高级工程师", "正高级工程师", "工程师",
            "主任医师", "副主任医师");
    private static final List<String> ORGANIZATIONS = List.of("浙江大学", "浙江工业大学", "省水利水电勘测设计院",
            "市气象台", "市消防救援支队", "省化工研究院", "市建筑设计研究院", "市第一人民医院", "明湖燃气有限公司",
            "国网明湖供电公司", "省地质调查院", "区疾病预防控制中心", "市交通规划设计院", "省通信管理局",
            "市生态环境监测中心", "市心理卫生中心");

    private final SplittableRandom random;
    private final LongSupplier ids;
    private final PersonNames people;

    EmergencyResources(SplittableRandom random, LongSupplier ids) {
        this.random = random;
        this.ids = ids;
        this.people = new PersonNames(random);
    }

    void writeWarehouses(BulkWriter writer, AreaHierarchy areas, int count) {
        BulkTable warehouses = writer.table("warehouse", Set.of("location"), "id", "code", "name", "location",
                "address", "area_id", "keeper", "phone");
        BulkTable stock = writer.table("stock_item", "id", "warehouse_id", "item_code", "item_name", "measure_unit",
                "quantity", "reserved").references(warehouses);
        for (int i = 0; i < count; i++) {
            // the first is the district reserve; the rest spread over the streets, several per street
            DemoArea street = i == 0 ? null : areas.streets.get((i - 1) % areas.streets.size());
            DemoArea community = street == null ? areas.communities.get(areas.communities.size() / 2)
                    : pick(areas.communities.stream().filter(c -> c.parent == street).toList());
            Coordinate at = community.boundary.getInteriorPoint().getCoordinate();
            String name = street == null ? PlaceNames.DISTRICT + "应急物资储备中心库"
                    : street.name + "应急物资储备点" + ((i - 1) / areas.streets.size() + 1) + "号";
            long id = ids.getAsLong();
            warehouses.insert(id, String.format("WH-%03d", i + 1), name, Wgs84.point(at.x, at.y),
                    PlaceNames.DISTRICT + street(community) + community.name + (10 + random.nextInt(300)) + "号",
                    community.id, people.next(), people.mobile());
            double scale = street == null ? 8 : 0.4 + random.nextDouble() * 1.2;
            for (Stock s : STOCK) {
                if (street != null && random.nextDouble() < 0.2) {
                    continue; // not every point stocks everything
                }
                int quantity = Math.max(1, (int) Math.round(s.typical() * scale));
                stock.insert(ids.getAsLong(), id, s.code(), s.name(), s.unit(), quantity, 0);
            }
        }
    }

    void writeTeams(BulkWriter writer, AreaHierarchy areas, int count) {
        BulkTable teams = writer.table("team", Set.of("location"), "id", "code", "name", "skills", "headcount",
                "status", "location", "leader", "phone");
        for (int i = 0; i < count; i++) {
            String main = SKILLS.get(i % SKILLS.size());
            String second = SKILLS.get(random.nextInt(SKILLS.size()));
            String skills = second.equals(main) ? main : main + "," + second;
            DemoArea street = areas.streets.get(random.nextInt(areas.streets.size()));
            String owner = i < SKILLS.size() * 2 ? PlaceNames.DISTRICT : street.name;
            String name = owner + main + (i < SKILLS.size() ? "专业队" : "队") + (i / SKILLS.size() + 1) + "分队";
            double roll = random.nextDouble();
            TeamStatus status = roll < 0.8 ? TeamStatus.AVAILABLE : roll < 0.9 ? TeamStatus.RESTING
                    : roll < 0.96 ? TeamStatus.COMMITTED : TeamStatus.ON_SITE;
            Coordinate at = street.boundary.getInteriorPoint().getCoordinate();
            teams.insert(ids.getAsLong(), String.format("TEAM-%03d", i + 1), name, skills, 8 + random.nextInt(53),
                    status, Wgs84.point(at.x + (random.nextDouble() - 0.5) * 0.004,
                            at.y + (random.nextDouble() - 0.5) * 0.004), people.next(), people.mobile());
        }
    }

    void writeExperts(BulkWriter writer, int count) {
        BulkTable experts = writer.table("expert", Set.of("location"), "id", "name", "field", "title",
                "organization", "phone", "location", "available");
        for (int i = 0; i < count; i++) {
            int f = i % FIELDS.size();
            experts.insert(ids.getAsLong(), people.next(), FIELDS.get(f), TITLES.get(random.nextInt(TITLES.size())),
                    ORGANIZATIONS.get(f + random.nextInt(3) < ORGANIZATIONS.size() ? f + random.nextInt(3) : f),
                    people.mobile(), Wgs84.point(CityOutline.CENTER_LON + (random.nextDouble() - 0.5) * 0.3,
                            CityOutline.CENTER_LAT + (random.nextDouble() - 0.5) * 0.2),
                    random.nextDouble() < 0.9);
        }
    }

    private static String street(DemoArea community) {
        return community.at(AreaLevel.STREET).name;
    }

    private DemoArea pick(List<DemoArea> from) {
        return from.get(random.nextInt(from.size()));
    }
}
