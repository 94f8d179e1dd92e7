package org.gridcommand.ui.mapwall;

import java.util.Set;
import java.util.function.Predicate;
import org.gridcommand.domain.area.AreaLevel;

/**
 * Which administrative level the map wall draws at a zoom: streets up to 12, communities at 13–14, grids at 15–16,
 * micro-grids from 17, each with its parent level's outline. Switches where Gluon switches tile levels (a fractional
 * zoom within 0.2 below an integer counts as that integer), so boundaries and tiles change detail together.
 */
final class DrawnLevels {
    /** A fractional zoom within this below an integer counts as that integer (Gluon's rule; the tiles use it too). */
    static final double TIPPING = 0.2;

    private DrawnLevels() {
    }

    static AreaLevel at(double zoom) {
        int z = (int) Math.floor(zoom + TIPPING);
        if (z <= 12) {
            return AreaLevel.STREET;
        } else if (z <= 14) {
            return AreaLevel.COMMUNITY;
        } else if (z <= 16) {
            return AreaLevel.GRID;
        }
        return AreaLevel.MICRO_GRID;
    }

    /**
     * The level drawn at this zoom among the levels a city actually has: an imported city may hold only grids, and
     * those must show at every zoom rather than nothing. Takes the nearest present level, the coarser on a tie.
     */
    static AreaLevel at(double zoom, Set<AreaLevel> present) {
        AreaLevel wanted = at(zoom);
        if (present.isEmpty() || present.contains(wanted)) {
            return wanted;
        }
        AreaLevel best = null;
        for (AreaLevel l : present) {
            if (l == AreaLevel.DISTRICT && present.size() > 1) {
                continue;
            }
            int d = Math.abs(l.ordinal() - wanted.ordinal());
            if (best == null || d < Math.abs(best.ordinal() - wanted.ordinal())
                    || d == Math.abs(best.ordinal() - wanted.ordinal()) && l.ordinal() < best.ordinal()) {
                best = l;
            }
        }
        return best;
    }

    /**
     * The level a click selects at this zoom: the drawn level, or its parent when the drawn level is hidden, or
     * {@code null} when neither is shown (a click then selects nothing).
     */
    static AreaLevel clickable(double zoom, Set<AreaLevel> present, Predicate<AreaLevel> visible) {
        AreaLevel level = at(zoom, present);
        if (visible.test(level)) {
            return level;
        }
        AreaLevel parent = level.parent();
        return parent != null && visible.test(parent) ? parent : null;
    }
}
