package org.gridcommand.service.resources;

/**
 * One counted line of a stock take: at warehouse {@code warehouseCode}, {@code counted} of {@code itemCode}.
 *
 * @param row         where it came from (the file's line number), for the report
 * @param itemName    the item's name, needed only for an item no warehouse stocks yet (else null)
 * @param measureUnit its unit of measure, likewise
 */
public record StockCount(int row, String warehouseCode, String itemCode, int counted, String itemName,
                         String measureUnit) {
}
