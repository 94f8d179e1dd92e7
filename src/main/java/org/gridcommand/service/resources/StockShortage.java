package org.gridcommand.service.resources;

import org.gridcommand.domain.resource.StockItem;

/** Less of an item is available than asked for — usually because another commander reserved it first. */
public final class StockShortage extends IllegalStateException {
    private final long stockItemId;

    public StockShortage(StockItem item, int asked) {
        super("only " + item.available() + " " + unit(item) + " of " + item.getItemName() + " (" + item.getItemCode()
                + ") still available in stock " + item.getId() + ", " + asked + " asked");
        this.stockItemId = item.getId();
    }

    private static String unit(StockItem item) {
        return item.getMeasureUnit() == null ? "" : item.getMeasureUnit();
    }

    public long stockItemId() {
        return stockItemId;
    }
}
