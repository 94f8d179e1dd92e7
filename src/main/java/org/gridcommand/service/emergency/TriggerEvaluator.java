package org.gridcommand.service.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridcommand.domain.emergency.TriggerCondition;
import org.gridcommand.domain.emergency.TriggerCondition.EventCluster;
import org.gridcommand.domain.emergency.TriggerCondition.SensorThreshold;
import org.gridcommand.geo.Wgs84;

/**
 * Checks plan triggers against sensor readings and recent events and returns suggestions with their evidence —
 * for each plan only the most severe level that holds. It never activates anything: the commander decides.
 * Pure: give it the readings and events; it reads no database and no clock of its own.
 */
public final class TriggerEvaluator {

    /**
     * @param now the console clock's current instant; readings and events after it are ignored
     * @throws org.gridcommand.domain.emergency.PlanFormatException when a plan's trigger text does not parse
     */
    public List<ActivationSuggestion> evaluate(List<PlanTrigger> triggers, List<SensorReading> readings,
                                               List<EventReport> events, Instant now) {
        // a live suggestion and an exercise one for the same plan are both shown: an exercise must never hide reality
        Map<String, ActivationSuggestion> best = new HashMap<>();
        for (PlanTrigger t : triggers) {
            for (TriggerCondition c : TriggerCondition.parseAll(t.level().getTrigger())) {
                Optional<ActivationSuggestion> s = check(t, c, readings, events, now);
                s.ifPresent(found -> best.merge(t.plan().getId() + (found.exercise() ? "/exercise" : ""), found,
                        (a, b) -> a.level().ordinal() <= b.level().ordinal() ? a : b));
            }
        }
        return best.values().stream().sorted(Comparator.comparing(ActivationSuggestion::exercise)
                .thenComparing(ActivationSuggestion::level).thenComparing(ActivationSuggestion::planCode)).toList();
    }

    private Optional<ActivationSuggestion> check(PlanTrigger t, TriggerCondition c, List<SensorReading> readings,
                                                 List<EventReport> events, Instant now) {
        if (c instanceof SensorThreshold s) {
            return sensor(t, s, readings, now);
        }
        return cluster(t, (EventCluster) c, events, now);
    }

    private Optional<ActivationSuggestion> sensor(PlanTrigger t, SensorThreshold c, List<SensorReading> readings,
                                                  Instant now) {
        Map<String, List<SensorReading>> bySensor = new HashMap<>();
        for (SensorReading r : readings) {
            if (r.kind() == c.kind() && !r.at().isAfter(now)) {
                bySensor.computeIfAbsent(r.sensorCode(), k -> new ArrayList<>()).add(r);
            }
        }
        ActivationSuggestion exerciseOnly = null;
        for (List<SensorReading> series : bySensor.values()) {
            series.sort(Comparator.comparing(SensorReading::at));
            SensorReading latest = series.get(series.size() - 1);
            if (!c.comparison().holds(latest.value(), c.threshold())) {
                continue;
            }
            // the uninterrupted run of readings beyond the threshold that ends with the latest one
            Instant since = latest.at();
            for (int i = series.size() - 1; i >= 0 && c.comparison().holds(series.get(i).value(), c.threshold());
                 i--) {
                since = series.get(i).at();
            }
            Duration held = Duration.between(since, now);
            if (held.compareTo(c.heldFor()) >= 0) {
                String evidence = String.format(Locale.ROOT, "%s %s 读数 %.2f（%s %s）%s", c.kind(),
                        latest.sensorCode(), latest.value(), c.comparison().symbol(), c.threshold(),
                        c.heldFor().isZero() ? "" : "，已持续 " + held.toMinutes() + " 分钟（自 " + since + " 起）");
                Instant from = since;
                boolean exercise = series.stream().anyMatch(r -> r.exercise() && !r.at().isBefore(from));
                ActivationSuggestion found = suggestion(t, c, evidence, latest.lon(), latest.lat(),
                        new ActivationSuggestion.GaugeEvidence(latest.sensorCode(), latest.value(), since, held),
                        exercise);
                if (!exercise) {
                    return Optional.of(found); // a live gauge beyond the line outweighs any exercise one
                }
                exerciseOnly = exerciseOnly == null ? found : exerciseOnly;
            }
        }
        return Optional.ofNullable(exerciseOnly);
    }

    private Optional<ActivationSuggestion> cluster(PlanTrigger t, EventCluster c, List<EventReport> events,
                                                   Instant now) {
        Instant from = now.minus(c.window());
        List<EventReport> recent = events.stream()
                .filter(e -> c.categoryPrefix() == null || e.categoryCode() != null
                        && e.categoryCode().startsWith(c.categoryPrefix()))
                .filter(e -> e.reportedAt().isAfter(from) && !e.reportedAt().isAfter(now)).toList();
        List<EventReport> bestGroup = List.of();
        EventReport centre = null;
        if (c.anywhere()) {
            bestGroup = recent;
            centre = recent.isEmpty() ? null : recent.get(0);
        } else {
            // recent events are few (tens): compare each with each rather than build an index
            for (EventReport e : recent) {
                List<EventReport> near = recent.stream().filter(o -> Wgs84.distanceMeters(e.lon(), e.lat(), o.lon(),
                        o.lat()) <= c.radiusMeters()).toList();
                if (near.size() > bestGroup.size()) {
                    bestGroup = near;
                    centre = e;
                }
            }
        }
        if (centre == null || !c.comparison().holds(bestGroup.size(), c.count())) {
            return Optional.empty();
        }
        String evidence = String.format(Locale.ROOT, "近 %d 分钟内%s %s 类事件 %d 起（%s %d）：%s",
                c.window().toMinutes(), c.anywhere() ? "" : String.format(Locale.ROOT, " %.0f 米范围内",
                        c.radiusMeters()), c.categoryPrefix() == null ? "各" : c.categoryPrefix(), bestGroup.size(),
                c.comparison().symbol(), c.count(),
                bestGroup.stream().limit(10).map(e -> "#" + e.eventId()).toList());
        return Optional.of(suggestion(t, c, evidence, centre.lon(), centre.lat(),
                new ActivationSuggestion.ClusterEvidence(bestGroup.size(),
                        bestGroup.stream().limit(10).map(EventReport::eventId).toList()), false));
    }

    private static ActivationSuggestion suggestion(PlanTrigger t, TriggerCondition c, String evidence, double lon,
                                                   double lat, ActivationSuggestion.Evidence facts,
                                                   boolean exercise) {
        return new ActivationSuggestion(t.plan().getId(), t.plan().getCode(), t.plan().getName(),
                t.level().getLevel(), c.text(), evidence, lon, lat, c, facts, exercise);
    }
}
