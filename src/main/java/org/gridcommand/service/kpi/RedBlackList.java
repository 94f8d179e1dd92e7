package org.gridcommand.service.kpi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** 红黑榜: the best-scored rows (红榜, best first) and the worst (黑榜, worst first) of a role's ranking. */
public record RedBlackList(List<Score> red, List<Score> black) {

    /** The {@code n} best and the {@code n} worst of {@code ranking} (best first); never the same row on both. */
    public static RedBlackList of(List<Score> ranking, int n) {
        int each = Math.min(n, ranking.size() / 2);
        List<Score> red = ranking.subList(0, each);
        List<Score> black = new ArrayList<>(ranking.subList(ranking.size() - each, ranking.size()));
        Collections.reverse(black);
        return new RedBlackList(List.copyOf(red), List.copyOf(black));
    }
}
