package org.gridcommand.domain.emergency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One inventory movement (in, out, reserved, released) of a stock item, with who, when, why. Append-only. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {
    @Id
    private Long id;

    @Column(name = "stock_item_id", nullable = false)
    private Long stockItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MovementKind kind;

    private int quantity;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 500)
    private String reason;

    @Column(name = "activation_id")
    private Long activationId;

    protected StockMovement() {
    }

    public StockMovement(long id, long stockItemId, MovementKind kind, int quantity, String actor, Instant occurredAt,
                         String reason, Long activationId) {
        this.id = id;
        this.stockItemId = stockItemId;
        this.kind = kind;
        this.quantity = quantity;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.activationId = activationId;
    }

    public Long getId() { return id; }
    public Long getStockItemId() { return stockItemId; }
    public MovementKind getKind() { return kind; }
    public int getQuantity() { return quantity; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getReason() { return reason; }
    public Long getActivationId() { return activationId; }
}
