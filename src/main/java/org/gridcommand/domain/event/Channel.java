package org.gridcommand.domain.event;

/** Where an event came in from. */
public enum Channel {
    /** 网格员上报 (网格通 / 随手拍) */
    GRID_WORKER,
    /** 12345 热线 */
    HOTLINE,
    /** 物联感知 */
    SENSOR,
    /** AI 视频识别 */
    AI_CAMERA,
    /** 值班员录入 */
    DUTY_OFFICER
}
