package org.gridcommand.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;

/**
 * Plan (预案) templates, three per emergency type, each with its four response levels written in the line
 * format of {@link org.gridcommand.domain.plan.PlanLevel}: level I needs the most and triggers last.
 */
final class PlanTemplates {
    /** What a type's plans say: names, trigger, lead department, the action lines, and what they need. */
    private record Template(EmergencyType type, List<String> names, String trigger, String lead, String leadAction,
                            String item, int itemQuantity, String skill, int headcount, String field) {
    }

    private final List<Template> templates;

    PlanTemplates(Map<String, String> itemCodeByName) {
        templates = List.of(
                new Template(EmergencyType.FLOOD, List.of("防汛防台总体应急预案", "明湖江防洪专项预案", "山塘水库防汛预案"),
                        "WATER_LEVEL >= %.1f FOR 30m", "SWJ", "组织巡堤查险，调度闸泵", "SANDBAG", 2000, "防汛抢险", 30, "水利"),
                new Template(EmergencyType.WATERLOGGING, List.of("城市内涝应急预案", "下穿通道积水处置预案", "地下空间防淹预案"),
                        events(itemCodeByName, "城市内涝"), "PSGS", "启动移动泵车强排", "PUMP", 4, "排涝", 20, "水利"),
                new Template(EmergencyType.FIRE, List.of("火灾事故应急预案", "高层建筑火灾处置预案", "老旧小区火灾预案"),
                        events(itemCodeByName, "火情"), "XFJY", "出动消防力量灭火救人", "EXTINGUISHER", 40, "消防救援", 25, "消防"),
                new Template(EmergencyType.GAS_LEAK, List.of("燃气泄漏应急预案", "餐饮场所燃气事故预案", "燃气管网抢修预案"),
                        "GAS >= %.0f FOR 5m", "RQGS", "关阀断气，检测浓度", "GAS_DETECTOR", 4, "燃气抢修", 12, "燃气"),
                new Template(EmergencyType.HAZARDOUS_CHEMICALS, List.of("危险化学品事故应急预案", "危化品运输泄漏预案",
                        "加油加气站事故预案"), events(itemCodeByName, "危化品泄漏"), "YJJ", "划定警戒区，组织堵漏洗消",
                        "BARRIER_TAPE", 50, "危化处置", 15, "危化品"),
                new Template(EmergencyType.BUILDING_COLLAPSE, List.of("建筑物坍塌应急预案", "危旧房屋险情处置预案",
                        "在建工地坍塌预案"), events(itemCodeByName, "危房险情"), "ZJJ", "组织结构安全评估与搜救",
                        "LIGHTING", 4, "结构救援", 20, "结构"),
                new Template(EmergencyType.MASS_GATHERING, List.of("大型活动安全保障预案", "人员密集场所踩踏预案",
                        "群体性事件处置预案"), events(itemCodeByName, "人员聚集"), "GAFJ", "疏导人流，实施交通管制",
                        "BARRIER_TAPE", 80, "医疗救护", 10, "公共卫生"),
                new Template(EmergencyType.EPIDEMIC, List.of("突发公共卫生事件应急预案", "传染病疫情处置预案",
                        "食物中毒事件处置预案"), events(itemCodeByName, "公共卫生事件"), "WJJ", "开展流调与医学救治",
                        "FIRST_AID", 200, "医疗救护", 15, "公共卫生"),
                new Template(EmergencyType.TYPHOON, List.of("台风应急预案", "大风灾害防御预案", "台风期间人员转移预案"),
                        "WATER_LEVEL >= %.1f FOR 60m", "YJJ", "转移危险区域人员，加固户外设施", "TENT", 60, "防汛抢险", 40,
                        "气象"),
                new Template(EmergencyType.GEOLOGICAL, List.of("地质灾害应急预案", "地面塌陷处置预案", "山体滑坡防治预案"),
                        events(itemCodeByName, "地面塌陷"), "GHZY", "设立监测点，撤离受威胁群众", "SHOVEL", 100, "结构救援",
                        15, "地质"),
                new Template(EmergencyType.TRAFFIC_ACCIDENT, List.of("道路交通事故应急预案", "隧道交通事故预案",
                        "校车事故应急预案"), events(itemCodeByName, "交通事故"), "JJDD", "现场管制与伤员转运",
                        "FIRST_AID", 50, "医疗救护", 8, "交通"));
    }

    private static String events(Map<String, String> itemCodeByName, String itemName) {
        String code = itemCodeByName.get(itemName);
        if (code == null) {
            throw new IllegalStateException("the taxonomy has no item " + itemName);
        }
        return "EVENTS category=" + code + " >= %.0f WITHIN 60m RADIUS 1000m";
    }

    void write(BulkWriter writer, LongSupplier ids, int count) {
        BulkTable plans = writer.table("plan", "id", "code", "revision", "name", "type", "summary", "is_current");
        BulkTable levels = writer.table("plan_level", "id", "plan_id", "level", "trigger_condition", "actions",
                "needs").references(plans);
        int perType = Math.max(1, count / templates.size());
        for (Template t : templates) {
            for (int n = 0; n < perType; n++) {
                long planId = ids.getAsLong();
                String name = PlaceNames.DISTRICT + t.names().get(n % t.names().size());
                plans.insert(planId, String.format("YA-%s-%02d", t.type().name(), n + 1), 1, name, t.type(),
                        name + "：明确" + t.type() + "类突发事件的分级响应、处置任务和资源保障。", true);
                for (ResponseLevel level : ResponseLevel.values()) {
                    int severity = 4 - level.ordinal(); // I → 4, IV → 1
                    levels.insert(ids.getAsLong(), planId, level, trigger(t, severity), actions(t, level),
                            needs(t, severity));
                }
            }
        }
    }

    private static String trigger(Template t, int severity) {
        double threshold = switch (t.type()) {
            case FLOOD, TYPHOON -> 4.0 + 0.5 * severity;
            case GAS_LEAK -> 10.0 * severity;
            default -> 1 + 2 * (severity - 1);
        };
        return String.format(Locale.ROOT, t.trigger(), threshold);
    }

    private static String actions(Template t, ResponseLevel level) {
        StringBuilder lines = new StringBuilder()
                .append("COMMAND_CENTER|发布").append(level).append("级响应，启动值班值守和信息报送\n")
                .append(t.lead()).append('|').append(t.leadAction()).append('\n')
                .append("STREET_SECTION|组织属地力量先期处置，转移受威胁群众\n")
                .append("COMMUNITY|网格员入户排查，做好群众安抚");
        if (level.ordinal() <= ResponseLevel.II.ordinal()) {
            lines.append("\nYJJ|派出现场工作组，协调跨部门支援\nJJDD|实施交通管制，开辟救援通道");
        }
        return lines.toString();
    }

    private static String needs(Template t, int severity) {
        int scale = severity * severity;
        return "ITEM|" + t.item() + "|" + t.itemQuantity() * scale + "\n"
                + "ITEM|FIRST_AID|" + 20 * severity + "\n"
                + "TEAM|" + t.skill() + "|" + t.headcount() * severity + "\n"
                + "EXPERT|" + t.field() + "|" + Math.max(1, severity - 1);
    }
}
