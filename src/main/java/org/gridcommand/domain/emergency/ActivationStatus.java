package org.gridcommand.domain.emergency;

/** An activation is active until the commander stands it down. */
public enum ActivationStatus {
    ACTIVE, STOOD_DOWN
}
