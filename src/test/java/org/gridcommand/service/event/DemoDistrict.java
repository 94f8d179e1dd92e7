package org.gridcommand.service.event;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryKind;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.hibernate.Session;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A tiny district for the stories: one street (东湖街道) with two communities. 幸福社区 has grid G1 split into two
 * micro-grids; 和平社区 has grid G2 without micro-grids. Units: 城管局 and 住建局 (district), the street's 城建板块,
 * and the two community committees. Three 事项: 占道经营 (小事, 4 h), 违章搭建 (难事, 48 working hours → 城管局),
 * 道路破损 (大事, 24 h).
 */
final class DemoDistrict {
    /** Inside micro-grid M1 of G1 (幸福社区). */
    static final double[] IN_M1 = {120.0025, 30.005};
    /** 50 m or so east of IN_M1, still in M1. */
    static final double[] NEAR_M1 = {120.0030, 30.005};
    /** Inside G2 (和平社区), which has no micro-grids. */
    static final double[] IN_G2 = {120.015, 30.005};
    /** Outside every grid. */
    static final double[] OUTSIDE = {121.5, 31.2};

    long district;
    long street;
    long xingfu;
    long heping;
    long g1;
    long g2;
    long m1;
    long m2;
    long chengguan;
    long zhujian;
    long section;
    long xingfuCommittee;
    long hepingCommittee;
    final Database db;

    private DemoDistrict(Database db) {
        this.db = db;
    }

    static DemoDistrict build(Database db) {
        DemoDistrict d = new DemoDistrict(db);
        db.transact(s -> {
            d.district = area(db, s, AreaLevel.DISTRICT, "D01", "示范区", null, 120.0, 30.0, 120.02, 30.01);
            d.street = area(db, s, AreaLevel.STREET, "D01S01", "东湖街道", d.district, 120.0, 30.0, 120.02, 30.01);
            d.xingfu = area(db, s, AreaLevel.COMMUNITY, "D01S01C01", "幸福社区", d.street, 120.0, 30.0, 120.01, 30.01);
            d.heping = area(db, s, AreaLevel.COMMUNITY, "D01S01C02", "和平社区", d.street, 120.01, 30.0, 120.02, 30.01);
            d.g1 = area(db, s, AreaLevel.GRID, "D01S01C01G01", "幸福一网格", d.xingfu, 120.0, 30.0, 120.01, 30.01);
            d.g2 = area(db, s, AreaLevel.GRID, "D01S01C02G01", "和平一网格", d.heping, 120.01, 30.0, 120.02, 30.01);
            d.m1 = area(db, s, AreaLevel.MICRO_GRID, "D01S01C01G01M1", "幸福一网格1", d.g1, 120.0, 30.0, 120.005, 30.01);
            d.m2 = area(db, s, AreaLevel.MICRO_GRID, "D01S01C01G01M2", "幸福一网格2", d.g1, 120.005, 30.0, 120.01, 30.01);
            d.chengguan = unit(db, s, "CGJ", "城管局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT, d.district, null);
            d.zhujian = unit(db, s, "ZJJ", "住建局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT, d.district, null);
            d.section = unit(db, s, "S01-CJ", "东湖街道城建板块", UnitKind.STREET_SECTION, AreaLevel.STREET, d.street, null);
            d.xingfuCommittee = unit(db, s, "C01", "幸福社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY, d.xingfu,
                    d.section);
            d.hepingCommittee = unit(db, s, "C02", "和平社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY, d.heping,
                    d.section);
            long major = db.ids().next();
            s.persist(new Category(major, "01", "市容环境", CategoryTier.MAJOR, CategoryKind.EVENT, null, null, null,
                    0, 0, 0, false));
            long minor = db.ids().next();
            s.persist(new Category(minor, "0101", "街面秩序", CategoryTier.MINOR, CategoryKind.EVENT, major, null, null,
                    0, 0, 0, false));
            s.persist(new Category(db.ids().next(), "010101", "占道经营", CategoryTier.ITEM, CategoryKind.EVENT, minor,
                    Difficulty.SMALL, "CGJ", 60, 30, 240, false));
            s.persist(new Category(db.ids().next(), "010102", "违章搭建", CategoryTier.ITEM, CategoryKind.EVENT, minor,
                    Difficulty.HARD, "CGJ", 120, 240, 2880, true));
            // a road is shown repaired: handling reports and on-site checks of it need a photo
            s.persist(new Category(db.ids().next(), "010103", "道路破损", CategoryTier.ITEM, CategoryKind.COMPONENT,
                    minor, Difficulty.BIG, "ZJJ", 60, 120, 1440, false).requirePhoto(true));
            return null;
        });
        return d;
    }

    /** Adds a dispatch rule (data, as an administrator would). */
    void rule(String categoryCode, String areaPrefix, String lead, List<String> co, int priority) {
        db.transact(s -> {
            s.persist(new DispatchRule(db.ids().next(), categoryCode, areaPrefix, lead, co, priority, null));
            return null;
        });
    }

    private static long area(Database db, Session s, AreaLevel level, String code, String name,
                             Long parent, double x1, double y1, double x2, double y2) {
        long id = db.ids().next();
        Polygon box = Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y1),
            new Coordinate(x2, y2), new Coordinate(x1, y2), new Coordinate(x1, y1)});
        s.persist(new Area(id, level, code, name, parent, 400, box));
        return id;
    }

    private static long unit(Database db, Session s, String code, String name, UnitKind kind,
                             AreaLevel level, long area, Long parent) {
        long id = db.ids().next();
        s.persist(new Unit(id, code, name, kind, level, area, parent, null));
        return id;
    }
}
