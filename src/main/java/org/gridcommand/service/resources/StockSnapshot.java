package org.gridcommand.service.resources;

/**
 * The stock of one item in one warehouse as it was read, with the warehouse's position.
 *
 * @param version the stock row's optimistic-lock version when read
 */
public record StockSnapshot(long stockItemId, long warehouseId, String warehouseCode, String warehouseName,
                            String itemCode, String itemName, String measureUnit, int quantity, int reserved,
                            long version, double lon, double lat) {
    /** What can still be reserved: quantity − reserved. */
    public int available() {
        return quantity - reserved;
    }
}
