package org.gridcommand.ui.mapwall.tools;

/** What a click on the map does. */
public enum MapTool {
    /** Clicks select areas, drags pan (the map's own behaviour). */
    BROWSE,
    /** Dragging draws a box (the map does not pan meanwhile); everything inside is selected and listed. */
    BOX,
    /** Clicks add points of a path; the path's length is shown. */
    DISTANCE,
    /** The first click sets the centre, the second the radius; everything inside is selected. */
    CIRCLE,
    /** Clicks add corners; a double click (or a click on the first corner) closes it and selects what is inside. */
    POLYGON
}
