package org.gridcommand.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stock of one item in one warehouse. {@code reserved} is what an activation has committed and not yet
 * released; the optimistic {@code version} keeps two commanders from over-reserving the same stock.
 */
@Entity
@Table(name = "stock_item")
public class StockItem {
    @Id
    private Long id;

    @Column(name = "warehouse_id", nullable = false)
    private Long warehouseId;

    /** Item code such as SANDBAG, PUMP, BOAT, LIFE_JACKET. */
    @Column(name = "item_code", nullable = false, length = 40)
    private String itemCode;

    @Column(name = "item_name", nullable = false, length = 60)
    private String itemName;

    @Column(name = "measure_unit", length = 12)
    private String measureUnit;

    private int quantity;

    private int reserved;

    @Version
    private long version;

    protected StockItem() {
    }

    public StockItem(long id, long warehouseId, String itemCode, String itemName, String measureUnit, int quantity) {
        this.id = id;
        this.warehouseId = warehouseId;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.measureUnit = measureUnit;
        this.quantity = quantity;
    }

    /** What can still be reserved. */
    public int available() {
        return quantity - reserved;
    }

    /** Reserves {@code amount}; refuses to go beyond what is available. */
    public void reserve(int amount) {
        if (amount <= 0 || amount > available()) {
            throw new IllegalArgumentException("cannot reserve " + amount + " " + itemName + ": only " + available()
                    + " available");
        }
        reserved += amount;
    }

    /** Releases {@code amount} previously reserved. */
    public void release(int amount) {
        if (amount <= 0 || amount > reserved) {
            throw new IllegalArgumentException("cannot release " + amount + " " + itemName + ": " + reserved
                    + " reserved");
        }
        reserved -= amount;
    }

    /** Stock received into the warehouse (入库). */
    public void receive(int amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a receipt needs a positive quantity, not " + amount);
        }
        quantity += amount;
    }

    /** Stock issued from the warehouse (出库): only what is not reserved for a response can leave. */
    public void issue(int amount) {
        if (amount <= 0 || amount > available()) {
            throw new IllegalArgumentException("cannot issue " + amount + " " + itemName + ": only " + available()
                    + " free");
        }
        quantity -= amount;
    }

    /** {@code amount} of what was reserved was used up: it leaves the reservation and the warehouse. */
    public void consume(int amount) {
        if (amount <= 0 || amount > reserved) {
            throw new IllegalArgumentException("cannot book " + amount + " " + itemName + " as used: " + reserved
                    + " reserved");
        }
        reserved -= amount;
        quantity -= amount;
    }

    public Long getId() { return id; }
    public Long getWarehouseId() { return warehouseId; }
    public String getItemCode() { return itemCode; }
    public String getItemName() { return itemName; }
    public String getMeasureUnit() { return measureUnit; }
    public int getQuantity() { return quantity; }
    public int getReserved() { return reserved; }
    public long getVersion() { return version; }
}
