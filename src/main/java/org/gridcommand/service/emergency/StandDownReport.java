package org.gridcommand.service.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.LineStatus;

/** Sums up an activation from its lines, as they stand just before the stand-down releases them. */
final class StandDownReport {
    private StandDownReport() {
    }

    static StandDownSummary of(Activation a, List<ActivationLine> lines, Instant now) {
        int tasks = 0;
        int tasksDone = 0;
        int teams = 0;
        int people = 0;
        int experts = 0;
        Map<String, Integer> itemsReleased = new TreeMap<>();
        List<Duration> toOnSite = new ArrayList<>();
        for (ActivationLine l : lines) {
            if (l.getOnSiteAt() != null) {
                toOnSite.add(Duration.between(l.getSentAt(), l.getOnSiteAt()));
            }
            switch (l.getKind()) {
                case TASK -> {
                    tasks++;
                    tasksDone += l.getStatus() == LineStatus.DONE ? 1 : 0;
                }
                case ITEM -> {
                    if (l.isOpen()) {
                        itemsReleased.merge(l.getNeedCode(), l.getQuantity(), Integer::sum);
                    }
                }
                case TEAM -> {
                    teams++;
                    people += l.getQuantity();
                }
                case EXPERT -> experts++;
                default -> throw new IllegalStateException(l.getKind().toString());
            }
        }
        toOnSite.sort(null);
        Duration median = toOnSite.isEmpty() ? null : toOnSite.get(toOnSite.size() / 2);
        Duration activeFor = Duration.between(a.getActivatedAt(), now);
        String text = String.format("%s（第%d版）%s级响应历时 %s；任务 %d 项，完成 %d 项；调用队伍 %d 支 %d 人，专家 %d 名；"
                        + "归还物资 %s%s", a.getPlanName(), a.getPlanRevision(), a.getLevel(), hours(activeFor), tasks,
                tasksDone, teams, people, experts, itemsReleased.isEmpty() ? "无" : itemsReleased.toString(),
                median == null ? "" : "；到场中位用时 " + hours(median));
        return new StandDownSummary(a.getId(), activeFor, tasks, tasksDone, itemsReleased, teams, people, experts,
                median, text);
    }

    private static String hours(Duration d) {
        return d.toHours() + " 小时 " + d.toMinutesPart() + " 分";
    }

}
