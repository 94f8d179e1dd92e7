/**
 * The deterministic demo city 明湖区 (entry point {@link org.gridcommand.demo.DemoCityService}).
 * <p>
 * Decisions: one seed drives split random streams (one per part, split in a fixed order), so changing how many
 * draws one part makes does not reshuffle the others; nothing depends on time or hash order. The whole city is
 * written in one JDBC transaction through {@link org.gridcommand.store.bulk.BulkWriter}, so a failure leaves the
 * database as it was. Event histories are produced by driving the real
 * {@link org.gridcommand.domain.event.EventStateMachine}, so they cannot contradict it. Columns added by later
 * migrations (placement, limit start, merged-into, a transition's unit) are filled when the database has them.
 */
package org.gridcommand.demo;
