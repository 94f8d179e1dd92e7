package org.gridcommand.geo.tiles;

/** Where raster map tiles come from: a renderer, a disk cache in front of one, or an MBTiles file. */
public interface TileSource {
    /**
     * PNG bytes of tile z/x/y in the XYZ scheme (y = 0 at the north edge), or {@code null} if this source has none.
     * Thread-safe; called off the FX thread.
     */
    byte[] tile(int z, long x, long y);
}
