package org.gridcommand.service.emergency;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.resource.Expert;
import org.gridcommand.domain.resource.Team;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.service.resources.StockLedger;
import org.gridcommand.store.IdAllocator;
import org.hibernate.Session;

/**
 * Holds the resources of proposal lines for an activation (reserve stock, commit teams, take experts) and gives
 * them back, inside the caller's transaction. Every check re-reads the row in this transaction; the optimistic
 * versions catch what changes between that read and the commit.
 */
final class ResourceCommitment {
    private final IdAllocator ids;
    private final Clock clock;
    private final StockLedger ledger;

    ResourceCommitment(IdAllocator ids, Clock clock, StockLedger ledger) {
        this.ids = ids;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** Persists the lines on the activation's board and holds their resources. */
    List<ActivationLine> hold(Session s, long activationId, List<ProposalLine> lines, String actor, String why) {
        // one fixed order (kind, then id) on every console, so two commits never wait on each other in a cycle
        List<ProposalLine> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing(ProposalLine::kind).thenComparingLong(ProposalLine::resourceId));
        List<ActivationLine> created = new ArrayList<>();
        for (ProposalLine l : ordered) {
            switch (l.kind()) {
                case ITEM -> ledger.reserve(s, l.resourceId(), l.quantity(), actor, why, activationId);
                case TEAM -> commitTeam(s, l);
                case EXPERT -> takeExpert(s, l);
                case TASK -> { }
                default -> throw new IllegalStateException(l.kind().toString());
            }
            ActivationLine line = new ActivationLine(ids.next(), activationId, l.kind(), l.needCode(),
                    l.resourceId(), l.label(), l.quantity(), l.distanceMeters(), clock.instant());
            s.persist(line);
            created.add(line);
        }
        return created;
    }

    private void commitTeam(Session s, ProposalLine l) {
        Team team = s.find(Team.class, l.resourceId());
        if (team == null || team.getStatus() != TeamStatus.AVAILABLE) {
            throw new ResourceTaken("队伍 " + l.resourceCode() + " 已不可调派（" + (team == null ? "已删除"
                    : "状态 " + team.getStatus()) + "）");
        }
        team.setStatus(TeamStatus.COMMITTED);
    }

    private void takeExpert(Session s, ProposalLine l) {
        Expert expert = s.find(Expert.class, l.resourceId());
        if (expert == null || !expert.isAvailable()) {
            throw new ResourceTaken("专家 " + l.resourceCode() + " 已被其他行动调用");
        }
        expert.setAvailable(false);
    }

    /**
     * Ends an item line at stand-down: {@code used} of it is booked as used up (out of the warehouse for good), the
     * rest goes back; the line is closed.
     */
    void consumeAndRelease(Session s, ActivationLine line, int used, String actor, String why) {
        if (line.getKind() != LineKind.ITEM) {
            throw new IllegalArgumentException("only supplies are used up; line " + line.getId() + " is "
                    + line.getKind());
        }
        line.consume(used);
        if (used > 0) {
            ledger.consume(s, line.getResourceId(), used, actor, why, line.getActivationId());
        }
        int rest = line.getQuantity() - used;
        if (rest > 0) {
            ledger.release(s, line.getResourceId(), rest, actor, why, line.getActivationId());
        }
        line.release(clock.instant());
    }

    /**
     * Gives back {@code amount} of an item line (less than its quantity: the line keeps the rest), or the whole
     * line's resource when {@code amount} is its quantity or more.
     */
    void release(Session s, ActivationLine line, int amount, String actor, String why) {
        boolean whole = amount >= line.getQuantity();
        switch (line.getKind()) {
            case ITEM -> ledger.release(s, line.getResourceId(), Math.min(amount, line.getQuantity()), actor, why,
                    line.getActivationId());
            case TEAM -> {
                Team team = s.find(Team.class, line.getResourceId());
                if (team != null) {
                    team.setStatus(TeamStatus.AVAILABLE);
                }
            }
            case EXPERT -> {
                Expert expert = s.find(Expert.class, line.getResourceId());
                if (expert != null) {
                    expert.setAvailable(true);
                }
            }
            case TASK -> { }
            default -> throw new IllegalStateException(line.getKind().toString());
        }
        if (whole || line.getKind() != LineKind.ITEM) {
            line.release(clock.instant());
        } else {
            line.reduceTo(line.getQuantity() - amount);
        }
    }
}
