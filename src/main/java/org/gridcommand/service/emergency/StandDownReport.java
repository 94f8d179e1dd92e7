package org.gridcommand.service.emergency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.service.emergency.StandDownSummary.ItemTotal;

/** Sums up an activation from its lines as they stand just before the stand-down closes them. */
final class StandDownReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StandDownReport() {
    }

    /**
     * @param ended      task lines whose events were cancelled because the response ended
     * @param handedOver task lines whose events go on with their units
     */
    static StandDownSummary of(Activation a, List<BoardEntry> entries, StandDownOrder order, Set<Long> ended,
                               Set<Long> handedOver, List<String> leftOpen, Instant now) {
        int tasks = 0;
        int done = 0;
        int teams = 0;
        int people = 0;
        int experts = 0;
        Map<String, ItemTotal> used = new LinkedHashMap<>();
        Map<String, ItemTotal> released = new LinkedHashMap<>();
        List<Duration> toOnSite = new ArrayList<>();
        for (BoardEntry e : entries) {
            ActivationLine l = e.line();
            if (l.getOnSiteAt() != null) {
                toOnSite.add(Duration.between(l.getSentAt(), l.getOnSiteAt()));
            }
            switch (l.getKind()) {
                case TASK -> {
                    tasks++;
                    done += l.getStatus() == LineStatus.DONE || e.event() != null && e.event().reportedDone() ? 1 : 0;
                }
                case ITEM -> {
                    if (l.isOpen()) {
                        int u = order.usedOf(l.getId());
                        add(used, e, u);
                        add(released, e, l.getQuantity() - u);
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
        return new StandDownSummary(a.getId(), a.getPlanCode(), a.getPlanName(), a.getPlanRevision(), a.getLevel(),
                Duration.between(a.getActivatedAt(), now), tasks, done, ended.size(), handedOver.size(),
                List.copyOf(used.values()), List.copyOf(released.values()), teams, people, experts, median, leftOpen);
    }

    private static void add(Map<String, ItemTotal> totals, BoardEntry e, int quantity) {
        if (quantity <= 0) {
            return;
        }
        String code = e.itemCode() != null ? e.itemCode() : e.line().getNeedCode();
        totals.merge(code, new ItemTotal(code, e.what(), e.measureUnit(), quantity),
                (a, b) -> new ItemTotal(code, a.itemName(), a.measureUnit(), a.quantity() + b.quantity()));
    }

    /**
     * The summary as the activation keeps it: facts, not sentences (a console words them in its own language).
     * Item names are left out: the codes and the stock rows name them.
     */
    static String record(StandDownSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("active_s", s.activeFor().toSeconds());
        m.put("tasks", s.tasks());
        m.put("tasks_done", s.tasksDone());
        m.put("tasks_ended", s.tasksEnded());
        m.put("tasks_handed_over", s.tasksHandedOver());
        m.put("teams", s.teams());
        m.put("people", s.people());
        m.put("experts", s.experts());
        m.put("used", s.itemsUsedByCode());
        m.put("released", s.itemsReleasedByCode());
        if (s.medianToOnSite() != null) {
            m.put("median_on_site_s", s.medianToOnSite().toSeconds());
        }
        if (!s.eventsLeftOpen().isEmpty()) {
            m.put("events_left_open", s.eventsLeftOpen());
        }
        try {
            String text = JSON.writeValueAsString(m);
            return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
