package org.gridcommand.geo.tiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of rendered tiles ({@code dir/z/x/y.png}) in front of a slower source. A cached file that is missing,
 * unreadable, truncated or not a PNG is rendered again and rewritten: a damaged cache costs time, never a crash or
 * a black hole in the map wall. When the folder cannot be written the delegate's tile is still returned.
 */
public final class TileCache implements TileSource {
    private static final Logger LOG = LoggerFactory.getLogger(TileCache.class);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** The IEND chunk every complete PNG ends with: length 0, type, CRC. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private final Path dir;
    private final TileSource delegate;

    public TileCache(Path dir, TileSource delegate) {
        this.dir = dir;
        this.delegate = delegate;
    }

    @Override
    public byte[] tile(int z, long x, long y) {
        Path file = file(z, x, y);
        byte[] cached = read(file);
        if (cached != null) {
            return cached;
        }
        byte[] fresh = delegate.tile(z, x, y);
        if (fresh != null) {
            write(file, fresh);
        }
        return fresh;
    }

    /** Where tile z/x/y is (or would be) cached. */
    public Path file(int z, long x, long y) {
        return dir.resolve(Integer.toString(z)).resolve(Long.toString(x)).resolve(y + ".png");
    }

    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (looksComplete(bytes)) {
                return bytes;
            }
            LOG.warn("Cached tile {} is damaged ({} bytes); rendering it again", file, bytes.length);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read cached tile {}: {}; rendering it again", file, e.toString());
        }
        return null;
    }

    /**
     * Signature at the start and IEND at the end: catches the usual damage (a file cut short by a crash or a full
     * disk, zero bytes, something else under the name) without the cost of decoding every tile.
     */
    static boolean looksComplete(byte[] bytes) {
        int n = bytes.length;
        return n >= PNG_SIGNATURE.length + PNG_END.length
                && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)
                && Arrays.equals(bytes, n - PNG_END.length, n, PNG_END, 0, PNG_END.length);
    }

    /** Writes through a temporary file and a rename so that a reader (or a crash) never sees half a tile. */
    private static void write(Path file, byte[] bytes) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".tile", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot cache tile {}: {}", file, e.toString());
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", tmp, e);
        }
    }
}
