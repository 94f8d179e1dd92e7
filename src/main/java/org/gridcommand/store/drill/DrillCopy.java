package org.gridcommand.store.drill;

import java.nio.file.Path;
import org.gridcommand.store.DatabaseLocation;

/**
 * A drill's own copy of the city: an embedded file beside the live one ({@code drills/…}), or a schema of its own
 * on the PostgreSQL server ({@code schema}, searched before {@code public}, where PostGIS lives).
 *
 * @param spec the {@code --db} value that opens the copy
 */
public record DrillCopy(DatabaseLocation.Vendor vendor, String spec, Path file, String schema) {
}
