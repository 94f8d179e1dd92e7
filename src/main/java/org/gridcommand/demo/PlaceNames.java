package org.gridcommand.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Names of the district's places: streets and towns, communities and villages, roads, parks and waters. */
final class PlaceNames {
    static final String DISTRICT = "明湖区";
    static final String DISTRICT_CODE = "330199";

    /** Central streets first: names are handed out from the centre outwards, towns (镇) at the edge. */
    static final List<String> STREETS = List.of("明湖街道", "湖滨街道", "西溪街道", "文新街道", "翠苑街道",
            "古荡街道", "北山街道", "蒋村街道", "留下街道", "三墩镇", "转塘镇", "双浦镇");

    private static final String FIRST = "文华翠德青竹桂兰清和新金丰嘉安景紫荷梅松柳锦益永庆春秋云月星湖溪塘港桥湾"
            + "龙凤祥瑞茗玉明朝阳南北东西红枫杏芳";
    private static final String[] SECOND = {"苑", "园", "庭", "坊", "里", "畔", "府", "城", "景", "阁", "境", "桥",
        "塘", "浦", "港", "源", "新村", "家园", "花园", "北", "南", "东", "西"};
    private static final String[] VILLAGE = {"家", "山", "头", "坞", "岭", "埠", "桥", "塘", "湾", "墩"};

    static final List<String> ROADS_EAST_WEST = List.of("文一路", "文二路", "文三路", "天目山路", "明湖大道",
            "余杭塘路", "五常大道", "留和路", "之江路", "转塘大街");
    static final List<String> ROADS_NORTH_SOUTH = List.of("古墩路", "紫金港路", "丰潭路", "莫干山路", "教工路",
            "学院路", "保俶路", "西溪路", "绿汀路", "龙王塘路", "双浦路");
    static final String RING_ROAD = "明湖环路";
    static final String RIVER = "明湖江";
    static final List<String> LAKES = List.of("明湖", "月牙湖", "翠湖");
    static final List<String> PARKS = List.of("明湖公园", "西溪湿地公园", "翠苑公园", "北山森林公园", "文新公园",
            "城市阳台", "滨江绿廊", "古荡体育公园", "留下樱花园", "湿地植物园", "和睦公园", "紫金港绿地",
            "三墩郊野公园", "蒋村生态园", "月牙湖公园", "双浦滨水公园", "转塘茶园", "湖滨广场", "湖畔花园",
            "银杏广场");

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    PlaceNames(SplittableRandom random) {
        this.random = random;
    }

    /** A community name not used before in the district: 社区 in streets, mostly 村 in towns. */
    String community(boolean town) {
        for (int attempt = 0; ; attempt++) {
            String name;
            if (town && random.nextInt(4) > 0) {
                name = pick(FIRST) + pick(FIRST) + VILLAGE[random.nextInt(VILLAGE.length)] + "村";
            } else {
                name = pick(FIRST) + SECOND[random.nextInt(SECOND.length)] + "社区";
            }
            if (attempt > 50) {
                name = name.replace("社区", attempt + "社区");
            }
            if (used.add(name)) {
                return name;
            }
        }
    }

    private String pick(String chars) {
        return String.valueOf(chars.charAt(random.nextInt(chars.length())));
    }
}
