package org.gridcommand.domain.plan;

/** The kinds of emergency a plan (预案) is written for. */
public enum EmergencyType {
    /** 防汛 */ FLOOD,
    /** 城市内涝 */ WATERLOGGING,
    /** 火灾 */ FIRE,
    /** 燃气泄漏 */ GAS_LEAK,
    /** 危险化学品 */ HAZARDOUS_CHEMICALS,
    /** 建筑坍塌 */ BUILDING_COLLAPSE,
    /** 大型活动 / 人员聚集 */ MASS_GATHERING,
    /** 公共卫生 */ EPIDEMIC,
    /** 台风 */ TYPHOON,
    /** 地质灾害 */ GEOLOGICAL,
    /** 交通事故 */ TRAFFIC_ACCIDENT
}
