/**
 * Splitting an area into child areas that tile it exactly (district → streets → communities → grids →
 * micro-grids).
 * <p>
 * Why not clip each Voronoi cell to the parent on its own: every clip rounds the shared edge of two neighbours a
 * little differently, which left gaps and overlaps of about 1e-7 of the parent's area (measured). Noding all
 * Voronoi edges together with the parent's boundary once, polygonizing, and giving each face to its nearest seed
 * makes neighbours share the very same vertices, so the union equals the parent and overlaps are exactly zero.
 */
package org.gridcommand.geo.partition;
