package org.gridcommand.service.emergency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.NeedKind;
import org.gridcommand.domain.emergency.NeedLine;

/**
 * Compares what an activation holds with what another level needs: the needs still to be met (an upgrade) and
 * the held lines to give back, farthest first, without dropping below the new need (a downgrade).
 */
final class LevelDiff {
    private final List<NeedLine> stillNeeded = new ArrayList<>();
    private final List<LevelChange.Release> releases = new ArrayList<>();

    LevelDiff(List<NeedLine> newNeeds, List<ActivationLine> openLines) {
        Map<String, List<ActivationLine>> held = new HashMap<>();
        for (ActivationLine l : openLines) {
            if (l.getKind() != LineKind.TASK) {
                held.computeIfAbsent(l.getKind() + "|" + l.getNeedCode(), k -> new ArrayList<>()).add(l);
            }
        }
        for (NeedLine need : ActivationPlanner.merge(newNeeds)) {
            List<ActivationLine> lines = held.remove(kindOf(need.kind()) + "|" + need.code());
            int holding = lines == null ? 0 : lines.stream().mapToInt(ActivationLine::getQuantity).sum();
            if (holding < need.quantity()) {
                stillNeeded.add(need.withQuantity(need.quantity() - holding));
            } else if (holding > need.quantity()) {
                giveBack(lines, holding - need.quantity());
            }
        }
        // what the new level does not ask for at all goes back whole
        held.values().forEach(lines -> giveBack(lines, Integer.MAX_VALUE));
    }

    private void giveBack(List<ActivationLine> lines, int surplus) {
        List<ActivationLine> farthestFirst = new ArrayList<>(lines);
        farthestFirst.sort(Comparator.comparingDouble(ActivationLine::getDistanceMeters).reversed());
        int left = surplus;
        for (ActivationLine l : farthestFirst) {
            if (left <= 0) {
                break;
            }
            if (l.getKind() == LineKind.ITEM) {
                int back = Math.min(left, l.getQuantity());
                releases.add(new LevelChange.Release(l.getId(), l.getLabel(), back));
                left -= back;
            } else if (l.getQuantity() <= left) {
                // teams and experts come whole: release one only if the rest still meets the need
                releases.add(new LevelChange.Release(l.getId(), l.getLabel(), l.getQuantity()));
                left -= l.getQuantity();
            }
        }
    }

    private static LineKind kindOf(NeedKind kind) {
        return LineKind.valueOf(kind.name());
    }

    List<NeedLine> stillNeeded() {
        return stillNeeded;
    }

    List<LevelChange.Release> releases() {
        return releases;
    }
}
