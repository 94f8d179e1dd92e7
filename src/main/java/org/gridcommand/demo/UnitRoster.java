package org.gridcommand.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.unit.Role;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;

/**
 * The handling units (承办单位) and the people who work in them: the command center, the district departments,
 * each street's sections and A/B posts, one residents' committee per community, the joint-duty units, a grid
 * worker per grid, and operators, duty officers, commanders, trainers and administrators.
 */
final class UnitRoster {
    record DemoUnit(long id, String code, String name, UnitKind kind) {
    }

    private static final List<String> SECTIONS = List.of("城市管理板块", "综合信息指挥室", "平安法治板块", "社会事务板块");
    private static final List<String> JOINT_DUTY = List.of("派出所", "市场监管所", "司法所", "交警中队");

    DemoUnit commandCenter;
    final Map<String, DemoUnit> departments = new HashMap<>();
    /** The street's 城市管理板块, which leads the big cases (大事) there. */
    final Map<Long, DemoUnit> streetLead = new HashMap<>();
    /** The community's residents' committee, which leads the small cases (小事). */
    final Map<Long, DemoUnit> communityCommittee = new HashMap<>();
    final Map<Long, String> gridWorker = new HashMap<>();
    final List<String> dutyOfficers = new ArrayList<>();

    private final LongSupplier ids;
    private final PersonNames people;
    private final SplittableRandom random;
    private final BulkTable units;
    private final BulkTable persons;
    private int personNumber;

    UnitRoster(AreaHierarchy areas, BulkWriter writer, SplittableRandom random, LongSupplier ids) {
        this.ids = ids;
        this.random = random;
        this.people = new PersonNames(random);
        units = writer.table("unit", "id", "code", "name", "kind", "level", "area_id", "parent_id", "phone");
        persons = writer.table("person", "id", "code", "name", "role", "unit_id", "area_id", "phone")
                .references(units);
        long district = areas.district.id;

        commandCenter = unit("CC", PlaceNames.DISTRICT + "社会治理综合指挥中心", UnitKind.COMMAND_CENTER,
                AreaLevel.DISTRICT, district, null);
        for (int i = 0; i < 16; i++) {
            dutyOfficers.add(person(Role.DUTY_OFFICER, commandCenter, district));
        }
        for (int i = 0; i < 4; i++) {
            person(Role.COMMANDER, commandCenter, district);
        }
        for (int i = 0; i < 3; i++) {
            person(Role.TRAINER, commandCenter, district);
            person(Role.ADMINISTRATOR, commandCenter, district);
        }
        for (Departments.Department d : Departments.ALL) {
            DemoUnit u = unit(d.code(), d.name(), UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT, district, null);
            departments.put(d.code(), u);
            operators(u, district, 2 + random.nextInt(3));
        }
        for (DemoArea street : areas.streets) {
            streetUnits(street);
        }
        for (DemoArea community : areas.communities) {
            String suffix = community.name.endsWith("村") ? "村民委员会" : "居民委员会";
            DemoUnit committee = unit(community.code, community.name + suffix, UnitKind.COMMUNITY,
                    AreaLevel.COMMUNITY, community.id, streetLead.get(community.parent.id).id());
            communityCommittee.put(community.id, committee);
            operators(committee, community.id, 1 + random.nextInt(2));
        }
        for (DemoArea grid : areas.grids) {
            gridWorker.put(grid.id, person(Role.GRID_WORKER, communityCommittee.get(grid.parent.id), grid.id));
        }
    }

    private void streetUnits(DemoArea street) {
        for (int i = 0; i < SECTIONS.size(); i++) {
            // the city-management section comes first by code: it is the one that leads the street's big cases
            DemoUnit section = unit(street.code + "-S" + (i + 1), street.name + SECTIONS.get(i),
                    UnitKind.STREET_SECTION, AreaLevel.STREET, street.id, null);
            operators(section, street.id, 1 + random.nextInt(2));
            if (i == 0) {
                streetLead.put(street.id, section);
                for (String post : List.of("A", "B")) {
                    DemoUnit p = unit(street.code + "-P" + post, street.name + "城管" + post + "岗",
                            UnitKind.STREET_POST, AreaLevel.STREET, street.id, section.id());
                    operators(p, street.id, 1);
                }
            }
        }
        String place = street.name.replace("街道", "").replace("镇", "");
        for (int i = 0; i < JOINT_DUTY.size(); i++) {
            DemoUnit u = unit(street.code + "-J" + (i + 1), place + JOINT_DUTY.get(i), UnitKind.JOINT_DUTY,
                    AreaLevel.STREET, street.id, null);
            operators(u, street.id, 1);
        }
    }

    private DemoUnit unit(String code, String name, UnitKind kind, AreaLevel level, long areaId, Long parentId) {
        DemoUnit u = new DemoUnit(ids.getAsLong(), code, name, kind);
        units.insert(u.id(), code, name, kind, level, areaId, parentId, people.office());
        return u;
    }

    private void operators(DemoUnit unit, long areaId, int count) {
        for (int i = 0; i < count; i++) {
            person(Role.OPERATOR, unit, areaId);
        }
    }

    private String person(Role role, DemoUnit unit, long areaId) {
        String name = people.next();
        persons.insert(ids.getAsLong(), String.format("P%06d", ++personNumber), name, role, unit.id(), areaId,
                people.mobile());
        return name;
    }
}
