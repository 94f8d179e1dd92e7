package org.gridcommand.service.triage;

/**
 * A 事项 an officer can register a report as, with the 大类 and 小类 above it (a 事项 hung directly under a 大类
 * has no 小类: {@code minorCode} and {@code minorName} are null) and its handling limit in minutes.
 */
public record CategoryItem(long id, String code, String name, String minorCode, String minorName,
                           String majorCode, String majorName, int handlingMinutes) {
}
