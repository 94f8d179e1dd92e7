package org.gridcommand.service.emergency;

/** A team or expert in a proposal is no longer available when the commit reaches it. */
final class ResourceTaken extends IllegalStateException {
    ResourceTaken(String message) {
        super(message);
    }
}
