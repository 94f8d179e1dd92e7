package org.gridcommand.ui.mapwall.layers;

/** The switchable layers the duty officer turns on and off in the layer panel. */
public enum PointLayerKind {
    CAMERAS, SENSORS, EVENTS, RESOURCES, HEAT_MAP, CHOROPLETH
}
