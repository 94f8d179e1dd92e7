package org.gridcommand.ui.emergency;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.service.emergency.ProposalLine;

/**
 * One row of the activation board: before the commit a proposed line the commander may drop or change the
 * quantity of; after it a committed line moving from sent to done. {@code lineId} is null before the commit.
 */
public final class BoardLine {
    private final String ref;
    private final Long lineId;
    private final LineKind kind;
    private final String label;
    private final int proposedQuantity;
    private final double distanceMeters;
    private final double lon;
    private final double lat;
    private final Long eventId;
    private final BooleanProperty included = new SimpleBooleanProperty(this, "included", true);
    private final IntegerProperty quantity = new SimpleIntegerProperty(this, "quantity");
    private final ObjectProperty<LineStatus> status = new SimpleObjectProperty<>(this, "status");

    private BoardLine(String ref, Long lineId, LineKind kind, String label, int quantity, double distanceMeters,
                      double lon, double lat, LineStatus status, Long eventId) {
        this.ref = ref;
        this.lineId = lineId;
        this.kind = kind;
        this.label = label;
        this.proposedQuantity = quantity;
        this.distanceMeters = distanceMeters;
        this.lon = lon;
        this.lat = lat;
        this.eventId = eventId;
        this.quantity.set(quantity);
        this.status.set(status);
    }

    static BoardLine proposed(ProposalLine l) {
        return new BoardLine(l.ref(), null, l.kind(), l.label(), l.quantity(), l.distanceMeters(), l.lon(), l.lat(),
                null, null);
    }

    /** A committed line; its position is where its resource is ({@code NaN} when unknown, e.g. a unit's task). */
    static BoardLine committed(ActivationLine l, double lon, double lat) {
        return new BoardLine(null, l.getId(), l.getKind(), l.getLabel(), l.getQuantity(), l.getDistanceMeters(), lon,
                lat, l.getStatus(), l.getEventId());
    }

    /** The status a line moves to next on the board, or null when it is done or released. */
    public LineStatus nextStatus() {
        LineStatus s = status.get();
        return switch (s == null ? LineStatus.DONE : s) {
            case SENT -> LineStatus.EN_ROUTE;
            case EN_ROUTE -> LineStatus.ON_SITE;
            case ON_SITE -> LineStatus.DONE;
            case DONE, RELEASED -> null;
        };
    }

    /** True when the commander changed this proposed line's quantity. */
    boolean quantityChanged() {
        return quantity.get() != proposedQuantity;
    }

    public String ref() { return ref; }
    public Long lineId() { return lineId; }
    public LineKind kind() { return kind; }
    public String label() { return label; }
    public int proposedQuantity() { return proposedQuantity; }
    public double distanceMeters() { return distanceMeters; }
    public double lon() { return lon; }
    public double lat() { return lat; }
    public Long eventId() { return eventId; }
    public BooleanProperty includedProperty() { return included; }
    public IntegerProperty quantityProperty() { return quantity; }
    public ObjectProperty<LineStatus> statusProperty() { return status; }
}
