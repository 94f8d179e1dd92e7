package org.gridcommand.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.ReturnVisit;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.service.event.StepParams;

/**
 * How a case usually goes in the closed loop, with the side paths real districts see: registered within
 * minutes, dispatched within the response limit (a few late), sometimes returned by the wrong unit and
 * re-dispatched, handled mostly within the limit (a few percent over), sometimes sent back for rework after
 * verification, closed and rated; a few cancelled or merged as duplicates; and in the last weeks some stuck
 * cases that are still open and overdue.
 */
final class EventLifecycle {
    /** What one case needs to know to unfold. */
    record Case(Taxonomy.Item item, Instant reportedAt, Instant handlingDue, String officer, String gridWorker,
                UnitRoster.DemoUnit rightUnit, UnitRoster.DemoUnit wrongUnit, String duplicateOf, Long duplicateOfId,
                boolean hotline, boolean reporterToCall) {
    }

    /** Where the case ended up. */
    record Outcome(EventState state, UnitRoster.DemoUnit lead, Instant closedAt, Satisfaction satisfaction,
                   Long mergedIntoId, ReturnVisit returnVisit) {
    }

    /** Closed this recently, a case whose reporter can be called still waits for its return visit. */
    static final Duration VISIT_PENDING = Duration.ofHours(48);

    private static final List<String> CANCEL_REASONS = List.of("经核实不属实", "上报信息不完整，无法核实",
            "不属于受理范围", "当事人已自行处理");
    private static final List<String> RETURN_REASONS = List.of("非本单位职责", "地址不在本辖区", "权属不清，请重新派遣");
    private static final List<String> REJECT_REASONS = List.of("现场核查未整改到位", "整改不彻底，仍有残留",
            "处置照片与现场不符");

    private final SplittableRandom random;
    private final Instant now;

    EventLifecycle(SplittableRandom random, Instant now) {
        this.random = random;
        this.now = now;
    }

    Outcome unfold(Case c, EventPath path) {
        Taxonomy.Item item = c.item();
        UnitRoster.DemoUnit lead = c.rightUnit();
        double roll = random.nextDouble();
        // a stuck case waits days at one step; only those of the last four weeks, as a real backlog has them
        // (older ones would have been supervised and closed long ago)
        boolean recent = Duration.between(c.reportedAt(), now).toDays() < 28;
        int stallAt = recent && random.nextDouble() < 0.16 ? 1 + random.nextInt(3) : 0;

        // in the last hours before now a share of reports still waits for triage, so the console has some
        boolean triage = Duration.between(c.reportedAt(), now).toMinutes() < 360 && random.nextDouble() < 0.2;
        double register = triage ? between(60, 720) : lognormal(4, 0.8);
        if (!path.act(register, c.officer(), EventAction.REGISTER, null)) {
            return open(path, lead);
        }
        if (roll < 0.012 && c.duplicateOf() == null) {
            path.act(between(5, 90), c.officer(), EventAction.CANCEL, pick(CANCEL_REASONS));
            return open(path, lead);
        }
        if (c.duplicateOf() != null) {
            path.act(between(2, 30), c.officer(), EventAction.MERGE, "重复上报，合并处理", null,
                    StepParams.of("into", c.duplicateOf()));
            return new Outcome(path.state(), lead, null, null,
                    path.state() == EventState.MERGED ? c.duplicateOfId() : null, null);
        }
        boolean returned = roll > 0.97 && c.wrongUnit() != null;
        UnitRoster.DemoUnit first = returned ? c.wrongUnit() : lead;
        double response = item.responseMinutes();
        double dispatch = random.nextDouble() < 0.04 ? response * between(1.05, 2.5) : response * between(0.1, 0.9);
        path.superviseAt(c.handlingDue().plusSeconds(60L * (10 + random.nextInt(120))), c.officer());
        if (!path.act(dispatch, c.officer(), EventAction.DISPATCH, null, first.id(), StepParams.of("lead",
                first.name()))) {
            return open(path, first);
        }
        if (returned) {
            if (!path.act(between(10, 180), first.name(), EventAction.RETURN, pick(RETURN_REASONS), first.id(),
                    StepParams.of("unit", first.name()))) {
                return open(path, first);
            }
            // a returned case waits at the center until an officer re-dispatches it
            if (!path.act(between(10, 600), c.officer(), EventAction.DISPATCH, null, lead.id(),
                    StepParams.of("lead", lead.name()))) {
                return open(path, first);
            }
        }
        if (!path.act(between(2, 40) + stall(stallAt == 1), lead.name(), EventAction.ACCEPT, null, lead.id())
                || !path.act(item.onsiteMinutes() * between(0.1, 0.9) + stall(stallAt == 2), lead.name(),
                        EventAction.START, null, lead.id())) {
            return open(path, lead);
        }
        long span = Duration.between(c.reportedAt(), c.handlingDue()).toMinutes();
        boolean overdue = random.nextDouble() < 0.035;
        Instant done = overdue ? c.handlingDue().plusSeconds((long) (60 * span * between(0.05, 1.0)))
                : c.reportedAt().plusSeconds((long) (60 * span * between(0.3, 0.95)));
        if (stallAt == 3) {
            done = done.plus(Duration.ofMinutes((long) stall(true)));
        }
        if (!path.actAt(done, lead.name(), EventAction.FEEDBACK, "已处置完毕，附处置后照片", lead.id())) {
            return open(path, lead);
        }
        if (random.nextDouble() < 0.04) {
            if (!path.act(between(20, 240), c.gridWorker(), EventAction.REJECT, pick(REJECT_REASONS))
                    || !path.act(between(10, 240), lead.name(), EventAction.START, null, lead.id())
                    || !path.act(between(30, 600), lead.name(), EventAction.FEEDBACK, "已返工整改", lead.id())) {
                return open(path, lead);
            }
        }
        if (!path.act(between(20, 240), c.gridWorker(), EventAction.VERIFY, "现场核查已整改")
                || !path.act(between(5, 90), c.officer(), EventAction.CLOSE, null)) {
            return open(path, lead);
        }
        Instant closedAt = path.lastAt();
        Satisfaction rating = rate();
        if (rating == Satisfaction.DISSATISFIED && random.nextDouble() < 0.3) {
            // a dissatisfied citizen reopens the case; it is reworked and closed again
            if (!path.act(between(60, 1440), c.officer(), EventAction.REOPEN, "问题反复出现", lead.id(),
                    StepParams.of("cause", Satisfaction.DISSATISFIED))) {
                return new Outcome(EventState.CLOSED, lead, closedAt, rating, null, visited(c));
            }
            if (!path.act(between(30, 600), lead.name(), EventAction.START, null, lead.id())
                    || !path.act(between(60, 1440), lead.name(), EventAction.FEEDBACK, "已再次处置", lead.id())
                    || !path.act(between(20, 240), c.gridWorker(), EventAction.VERIFY, "复核通过")
                    || !path.act(between(5, 90), c.officer(), EventAction.CLOSE, null)) {
                return open(path, lead);
            }
            closedAt = path.lastAt();
            rating = Satisfaction.BASICALLY_SATISFIED;
        }
        double visitAfter = c.hotline() ? between(60, 2880) : 0;
        if (c.reporterToCall() && Duration.between(closedAt, now).compareTo(VISIT_PENDING) < 0) {
            // closed in the last two days: the reporter has not been called back yet
            return new Outcome(EventState.CLOSED, lead, closedAt, null, null, ReturnVisit.PENDING);
        }
        if (c.hotline()) {
            // the center's officer makes the return-visit call; what was said is in the rating itself
            path.note(visitAfter, c.officer(), "RATE", null, StepParams.of("rating", rating));
        }
        return new Outcome(EventState.CLOSED, lead, closedAt, rating, null, visited(c));
    }

    private static ReturnVisit visited(Case c) {
        return c.reporterToCall() ? ReturnVisit.RATED : null;
    }

    private Outcome open(EventPath path, UnitRoster.DemoUnit lead) {
        return new Outcome(path.state(), lead, null, null, null, null);
    }

    private double stall(boolean stalls) {
        return stalls ? 60 * 24 * between(2, 80) : 0;
    }

    private Satisfaction rate() {
        double r = random.nextDouble();
        return r < 0.86 ? Satisfaction.SATISFIED : r < 0.965 ? Satisfaction.BASICALLY_SATISFIED
                : Satisfaction.DISSATISFIED;
    }

    /** Minutes around {@code median}, skewed to the long side as waiting times are. */
    private double lognormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    private double gaussian() {
        // Box–Muller on our own generator, so the draw sequence is fixed by the seed
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
