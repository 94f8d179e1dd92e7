package org.gridcommand.service.emergency;

import org.gridcommand.domain.emergency.LineKind;

/**
 * One proposed line: a unit's task, an amount of an item from one warehouse, one team, or one expert.
 *
 * @param ref            stable key of the line within its proposal, used by {@link Adjustments}
 * @param needCode       the need it answers (item code, skill, field) or, for a task, the plan's unit token
 * @param resourceId     unit, stock item, team or expert id
 * @param resourceCode   the unit's, warehouse's or team's code, or the expert's name
 * @param label          who or where and what, in Chinese (the command line and the activation's record)
 * @param who            the warehouse, team, expert or unit by name, for a console to word the line itself
 * @param what           the item's stored name, the team's skill, the expert's field, or the task
 * @param measureUnit    the item's unit of measure (袋, 台…), else null
 * @param quantity       items, people in the team, or 1
 * @param distanceMeters great-circle distance from the area's centre
 */
public record ProposalLine(String ref, LineKind kind, String needCode, long resourceId, String resourceCode,
                           String label, int quantity, double distanceMeters, double lon, double lat, String who,
                           String what, String measureUnit) {

    static String refOf(LineKind kind, String needCode, long resourceId) {
        return kind + ":" + needCode + ":" + resourceId;
    }

    ProposalLine withQuantity(int newQuantity) {
        return new ProposalLine(ref, kind, needCode, resourceId, resourceCode, label, newQuantity, distanceMeters,
                lon, lat, who, what, measureUnit);
    }
}
