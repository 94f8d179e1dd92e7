package org.gridcommand.geo.cluster;

/**
 * Points that fall into one clustering cell: drawn as one symbol with {@link #count()} at the mean position.
 * {@code first} is the point's index when the cluster holds a single point; {@code worstRank} is the highest rank
 * among its points (so a cluster with an overdue event can be drawn red).
 */
public record Cluster(double worldX, double worldY, int count, int first, int worstRank) {
    public boolean isSingle() {
        return count == 1;
    }
}
