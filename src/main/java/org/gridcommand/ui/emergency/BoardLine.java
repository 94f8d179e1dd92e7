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
import org.gridcommand.service.emergency.BoardEntry;
import org.gridcommand.service.emergency.ProposalLine;

/**
 * One row of the activation board: before the commit a proposed line the commander may drop or change the
 * quantity of; after it a committed line moving from sent to done. {@code lineId} is null before the commit. It
 * keeps who and what by name, so that {@link BoardWords} words it in the console's language.
 */
public final class BoardLine {
    private final String ref;
    private final Long lineId;
    private final LineKind kind;
    private final String needCode;
    private final String who;
    private final String what;
    private final String measureUnit;
    private final String itemCode;
    private final int proposedQuantity;
    private final double distanceMeters;
    private final double lon;
    private final double lat;
    private final BoardEntry.TaskEvent event;
    private final int consumed;
    private final boolean handedOver;
    private final BooleanProperty included = new SimpleBooleanProperty(this, "included", true);
    private final IntegerProperty quantity = new SimpleIntegerProperty(this, "quantity");
    private final ObjectProperty<LineStatus> status = new SimpleObjectProperty<>(this, "status");

    private BoardLine(String ref, Long lineId, LineKind kind, String needCode, String who, String what,
                      String measureUnit, String itemCode, int quantity, double distanceMeters, double lon,
                      double lat, LineStatus status, BoardEntry.TaskEvent event, int consumed, boolean handedOver) {
        this.ref = ref;
        this.lineId = lineId;
        this.kind = kind;
        this.needCode = needCode;
        this.who = who;
        this.what = what;
        this.measureUnit = measureUnit;
        this.itemCode = itemCode;
        this.proposedQuantity = quantity;
        this.distanceMeters = distanceMeters;
        this.lon = lon;
        this.lat = lat;
        this.event = event;
        this.consumed = consumed;
        this.handedOver = handedOver;
        this.quantity.set(quantity);
        this.status.set(status);
    }

    static BoardLine proposed(ProposalLine l) {
        return new BoardLine(l.ref(), null, l.kind(), l.needCode(), l.who(), l.what(), l.measureUnit(),
                l.kind() == LineKind.ITEM ? l.needCode() : null, l.quantity(), l.distanceMeters(), l.lon(), l.lat(),
                null, null, 0, false);
    }

    /** A committed line; its position is where its resource is ({@code NaN} when unknown, e.g. a unit's task). */
    static BoardLine committed(BoardEntry e) {
        ActivationLine l = e.line();
        return new BoardLine(null, l.getId(), l.getKind(), l.getNeedCode(), e.who(), e.what(), e.measureUnit(),
                e.itemCode() != null ? e.itemCode() : l.getKind() == LineKind.ITEM ? l.getNeedCode() : null,
                l.getQuantity(), l.getDistanceMeters(), e.lon(), e.lat(), l.getStatus(), e.event(), l.getConsumed(),
                l.isHandedOver());
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
    public String needCode() { return needCode; }
    /** The warehouse, team, expert or unit by name. */
    public String who() { return who; }
    /** The item's stored name, the skill, the field, or the task. */
    public String what() { return what; }
    public String measureUnit() { return measureUnit; }
    public String itemCode() { return itemCode; }
    public int proposedQuantity() { return proposedQuantity; }
    public double distanceMeters() { return distanceMeters; }
    public double lon() { return lon; }
    public double lat() { return lat; }
    /** A task's event as it was when the board was read, or null. */
    public BoardEntry.TaskEvent event() { return event; }
    public Long eventId() { return event == null ? null : event.id(); }
    /** Of a supply line after the stand-down: how much was used up. */
    public int consumed() { return consumed; }
    public boolean handedOver() { return handedOver; }
    public BooleanProperty includedProperty() { return included; }
    public IntegerProperty quantityProperty() { return quantity; }
    public ObjectProperty<LineStatus> statusProperty() { return status; }
}
