package org.gridcommand.domain.triage;

import org.gridcommand.domain.event.Placement;

/**
 * Where a waiting report is: its address as reported, its point (null when it came without coordinates) and the
 * street, community and grid it was located in (null outside every grid).
 */
public record ReportPlace(String address, Double lon, Double lat, Placement placement, Long gridId,
                          String street, String community, String grid) {

    public boolean hasPoint() {
        return lon != null && lat != null;
    }
}
