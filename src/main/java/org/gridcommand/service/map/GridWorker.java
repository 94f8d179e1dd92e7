package org.gridcommand.service.map;

/**
 * A grid worker (网格员) and the grid in their care: the people the map's selection tools list for the grids a drawn
 * box takes. Grid workers have no position of their own on record; their grid places them.
 */
public record GridWorker(long id, String code, String name, String phone, long gridId) {
}
