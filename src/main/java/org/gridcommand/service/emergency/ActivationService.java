package org.gridcommand.service.emergency;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridcommand.domain.emergency.ActionLine;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.ActivationLogEntry;
import org.gridcommand.domain.emergency.ActivationLogEntry.Action;
import org.gridcommand.domain.emergency.ActivationStatus;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.emergency.NeedLine;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.resource.Team;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.emergency.CommitConflict.Why;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.store.Database;
import org.hibernate.Session;

/**
 * One-key plan activation (一键启动): propose from in-memory snapshots, commit in one transaction with safe
 * reservation, track lines on the board, change level. Every change goes to the activation log. The stand-down,
 * which also ends the task events, is {@link StandDown}.
 * <p>
 * Plans, units and resources are read once per instance and kept; {@link #refresh()} re-reads them, and every
 * commit refreshes the resources it changed. Thread-safe.
 */
public final class ActivationService {
    private final Database database;
    private final Clock clock;
    private final ResourceService resources;
    private final AreaShapes shapes;
    private final ResourceCommitment commitment;
    private final ActivationLog journal;
    private final ConflictGuard guard;
    private final ActivationPlanner planner = new ActivationPlanner();
    private final Permissions permissions;
    private volatile PlanBook plans;
    private volatile List<ServingUnit> units;

    /** For system callers ({@link Permissions#system()}): drills' scripted players, benches, tests of the plans. */
    public ActivationService(Database database, Clock clock, ResourceService resources) {
        this(database, clock, resources, Permissions.system());
    }

    /** Activation, level changes, task changes and stand-down checked against {@code permissions} (commander). */
    public ActivationService(Database database, Clock clock, ResourceService resources, Permissions permissions) {
        this.permissions = permissions;
        this.database = database;
        this.clock = clock;
        this.resources = resources;
        this.shapes = new AreaShapes(database);
        this.commitment = new ResourceCommitment(database.ids(), clock, resources.ledger());
        this.journal = new ActivationLog(database.ids(), clock);
        this.guard = new ConflictGuard(resources);
    }

    /** Re-reads plans, units and resources (after edits made elsewhere). */
    public void refresh() {
        plans = PlanBook.read(database);
        units = UnitReader.read(database);
        resources.refresh();
    }

    /**
     * Proposes what activating plan {@code planId} (that exact revision) at {@code level} for {@code area} would
     * do. Reads nothing from the database except, for whole grids, their boundaries.
     *
     * @throws IllegalArgumentException unknown plan or level, a plan line that does not parse, or a bad area
     */
    public Proposal propose(long planId, ResponseLevel level, AffectedArea area) {
        return propose(planBook().plan(planId), level, shapes.resolve(area))
                .answering(new ActivationRequest(planId, level, area));
    }

    /** Like {@link #propose(long, ResponseLevel, AffectedArea)} for the current revision of the plan {@code code}. */
    public Proposal propose(String planCode, ResponseLevel level, AffectedArea area) {
        Plan plan = planBook().current(planCode);
        return propose(plan, level, shapes.resolve(area)).answering(new ActivationRequest(plan.getId(), level, area));
    }

    private Proposal propose(Plan plan, ResponseLevel level, ResolvedArea area) {
        PlanLevel pl = planBook().level(plan.getId(), level);
        return planner.propose(plan, level, ActionLine.parseAll(pl.getActions()), NeedLine.parseAll(pl.getNeeds()),
                area, resources.index(), servingUnits(), Set.of(), clock.instant());
    }

    /** Every level of every current plan, for {@link TriggerEvaluator#evaluate}. */
    public List<PlanTrigger> planTriggers() {
        PlanBook book = planBook();
        List<PlanTrigger> out = new ArrayList<>();
        book.currentPlans().forEach(p -> book.levels(p.getId()).values().forEach(l -> out.add(new PlanTrigger(p, l))));
        return out;
    }

    /** The ids of areas (grids, communities…) with these codes, for {@link AffectedArea.Areas}. */
    public List<Long> areaIdsByCode(List<String> codes) {
        List<Object[]> rows = database.transact(s -> s.createSelectionQuery(
                "select a.id, a.code from Area a where a.code in :codes", Object[].class)
                .setParameter("codes", codes).getResultList());
        if (rows.size() != new HashSet<>(codes).size()) {
            Set<String> missing = new HashSet<>(codes);
            rows.forEach(r -> missing.remove((String) r[1]));
            throw new IllegalArgumentException("no grid or community with code " + missing);
        }
        return rows.stream().map(r -> (Long) r[0]).toList();
    }

    /**
     * Commits a proposal in one transaction: the activation (keeping plan id and revision), its lines (SENT),
     * stock reserved under optimistic locking, teams COMMITTED, experts unavailable, and the log entry.
     *
     * @param chosen what the commander has chosen now: a proposal worked out for another plan, level or area is
     *               refused, so that a IV proposal can never be committed as II
     * @return the new activation's id
     * @throws CommitConflict when the proposal is stale (worked out for another choice, or on a plan revised since)
     *                        or someone else took some of the resources first; nothing was saved, and the exception
     *                        carries a fresh proposal for the commander's choice
     */
    public long commit(Proposal proposal, ActivationRequest chosen, Adjustments adjustments, String systemActor) {
        String actor = permissions.require(UseCase.EMERGENCY, systemActor);
        if (proposal.request() == null || !proposal.request().equals(chosen)) {
            throw new CommitConflict(Why.STALE_PROPOSAL, "the proposal was worked out for " + proposal.request()
                    + ", but " + chosen + " is chosen now; nothing was committed", ConflictGuard.quietly(() ->
                    ConflictGuard.sameKind(proposal, propose(chosen.planId(), chosen.level(), chosen.area()))), null);
        }
        List<ProposalLine> lines = adjustments.applyTo(proposal.lines());
        long id;
        try {
            id = guard.run(() -> database.transact(s -> {
                Plan plan = s.find(Plan.class, proposal.planId());
                if (plan == null || !plan.isCurrent()) {
                    throw new ConflictGuard.PlanRevised();
                }
                return persist(s, proposal, lines, adjustments, actor);
            }), () -> ConflictGuard.sameKind(proposal, propose(chosen.planId(), chosen.level(), chosen.area())));
        } catch (ConflictGuard.PlanRevised e) {
            plans = PlanBook.read(database);
            throw new CommitConflict(Why.PLAN_REVISED, "plan " + proposal.planCode() + " was revised after revision "
                    + proposal.planRevision() + " was proposed; nothing was committed", ConflictGuard.quietly(()
                    -> ConflictGuard.sameKind(proposal,
                    propose(proposal.planCode(), chosen.level(), chosen.area()))), null);
        }
        resources.refresh();
        return id;
    }

    private long persist(Session s, Proposal proposal, List<ProposalLine> lines, Adjustments adjustments,
                         String actor) {
        long activationId = database.ids().next();
        ResolvedArea a = proposal.area();
        s.persist(new Activation(activationId, proposal.planId(), proposal.planCode(), proposal.planRevision(),
                proposal.planName(), proposal.type(), proposal.level(), proposal.drill(), a.kind(),
                a.description(), a.shape(), Wgs84.point(a.centreLon(), a.centreLat()),
                a.radiusMeters(), clock.instant(), actor));
        s.flush(); // the activation row first: lines and movements refer to it
        List<ActivationLine> created = commitment.hold(s, activationId, lines, actor,
                "启动预案 " + proposal.planCode() + " " + proposal.level() + " 级");
        journal.write(s, activationId, actor, Action.ACTIVATED, proposal.planCode() + " r" + proposal.planRevision()
                + " " + proposal.level() + " 级，" + (proposal.drill() ? "演练，" : "") + a.description() + "；"
                + created.size() + " 行；" + adjustments + (proposal.isComplete() ? ""
                : "；缺口：" + proposal.shortfalls().stream().map(Shortfall::message).toList()));
        s.flush();
        return activationId;
    }

    /** Moves one line forward on the board (SENT → EN_ROUTE → ON_SITE → DONE); a team's status follows. */
    public void updateLine(long lineId, LineStatus status, String systemActor) {
        String actor = permissions.require(UseCase.EMERGENCY, systemActor);
        if (status == LineStatus.RELEASED) {
            throw new IllegalArgumentException("lines are released by a level change or the stand-down");
        }
        database.transact(s -> {
            ActivationLine line = s.find(ActivationLine.class, lineId);
            if (line == null) {
                throw new IllegalArgumentException("no activation line " + lineId);
            }
            activeActivation(s, line.getActivationId());
            LineStatus before = line.getStatus();
            line.moveTo(status, clock.instant());
            if (line.getKind() == LineKind.TEAM && (status == LineStatus.EN_ROUTE || status == LineStatus.ON_SITE)) {
                Team team = s.find(Team.class, line.getResourceId());
                team.setStatus(status == LineStatus.EN_ROUTE ? TeamStatus.EN_ROUTE : TeamStatus.ON_SITE);
            }
            journal.write(s, line.getActivationId(), actor, Action.LINE_STATUS, line.getLabel() + "：" + before + " → "
                    + status);
            return null;
        });
    }

    /**
     * Works out what moving the activation to {@code newLevel} would change: additional lines for what the new
     * level needs beyond what is held (nearest first, as in a proposal), and held lines to give back when it needs
     * less. Nothing changes until {@link #applyLevelChange}.
     */
    public LevelChange changeLevel(long activationId, ResponseLevel newLevel) {
        Activation a = activation(activationId);
        a.requireActive();
        if (a.getLevel() == newLevel) {
            throw new IllegalArgumentException("activation " + activationId + " is already at level " + newLevel);
        }
        resources.refresh(); // the difference must be computed on what is free now
        List<ActivationLine> open = lines(activationId).stream().filter(ActivationLine::isOpen).toList();
        PlanLevel pl = planBook().level(a.getPlanId(), newLevel);
        LevelDiff diff = new LevelDiff(NeedLine.parseAll(pl.getNeeds()), open);
        Set<String> givenTasks = new HashSet<>();
        open.stream().filter(l -> l.getKind() == LineKind.TASK).forEach(l -> givenTasks.add(l.getLabel()));
        ResolvedArea area = new ResolvedArea(a.getAreaKind(), a.getAreaShape(), a.getCentre().getX(),
                a.getCentre().getY(), a.getRadiusMeters(), a.getAreaDescription());
        Proposal additions = planner.propose(planBook().plan(a.getPlanId()), newLevel,
                ActionLine.parseAll(pl.getActions()), diff.stillNeeded(), area, resources.index(), servingUnits(),
                givenTasks, clock.instant());
        return new LevelChange(activationId, a.getLevel(), newLevel, a.isDrill() ? additions.asDrill() : additions,
                diff.releases());
    }

    /** Applies a level change in one transaction: new level, additional lines held, surplus given back, logged. */
    public void applyLevelChange(LevelChange change, Adjustments adjustments, String systemActor) {
        String actor = permissions.require(UseCase.EMERGENCY, systemActor);
        List<ProposalLine> added = adjustments.applyTo(change.additions().lines());
        guard.run(() -> database.transact(s -> {
            Activation a = activeActivation(s, change.activationId());
            if (a.getLevel() != change.from()) {
                throw new CommitConflict(Why.LEVEL_MOVED, "activation " + a.getId() + " moved to level "
                        + a.getLevel() + " meanwhile; work out the change again", null, null);
            }
            a.changeLevel(change.to());
            commitment.hold(s, a.getId(), added, actor, "预案 " + a.getPlanCode() + " 调整为 " + change.to() + " 级");
            for (LevelChange.Release r : change.releases()) {
                ActivationLine line = s.find(ActivationLine.class, r.lineId());
                commitment.release(s, line, r.quantity(), actor, "预案调整为 " + change.to() + " 级");
            }
            journal.write(s, a.getId(), actor, Action.LEVEL_CHANGED, change.from() + " → " + change.to() + "；新增 "
                    + added.size() + " 行，归还 " + change.releases().size() + " 行");
            s.flush();
            return null;
        }), () -> changeLevel(change.activationId(), change.to()).additions());
        resources.refresh();
    }

    /** The check the stand-down and the task events share with the activation itself. */
    Permissions permissions() {
        return permissions;
    }

    /** The activation, or IllegalArgumentException when there is none with this id. */
    public Activation activation(long activationId) {
        Activation a = database.transact(s -> s.find(Activation.class, activationId));
        if (a == null) {
            throw new IllegalArgumentException("no activation " + activationId);
        }
        return a;
    }

    /** Activations not stood down yet, newest first: a console that opens picks the response up where it stands. */
    public List<Activation> activeActivations() {
        return database.transact(s -> s.createSelectionQuery("from Activation a where a.status = :s "
                + "order by a.activatedAt desc, a.id desc", Activation.class)
                .setParameter("s", ActivationStatus.ACTIVE).getResultList());
    }

    /** The activation's board lines in the order they were created. */
    public List<ActivationLine> lines(long activationId) {
        return database.transact(s -> linesOf(s, activationId));
    }

    /** The activation's audit trail, oldest first. */
    public List<ActivationLogEntry> log(long activationId) {
        return database.transact(s -> s.createSelectionQuery("from ActivationLogEntry e where e.activationId = :id "
                + "order by e.occurredAt, e.id", ActivationLogEntry.class).setParameter("id", activationId)
                .getResultList());
    }

    /** Adds an entry to the activation's audit trail (used by the CAP export and, later, the board). */
    public void record(long activationId, String actor, Action action, String detail) {
        database.transact(s -> {
            journal.write(s, activationId, actor, action, detail);
            return null;
        });
    }

    List<ActivationLine> linesOf(Session s, long activationId) {
        return s.createSelectionQuery("from ActivationLine l where l.activationId = :id order by l.id",
                ActivationLine.class).setParameter("id", activationId).getResultList();
    }

    Activation activeActivation(Session s, long activationId) {
        Activation a = s.find(Activation.class, activationId);
        if (a == null) {
            throw new IllegalArgumentException("no activation " + activationId);
        }
        a.requireActive();
        return a;
    }

    ResourceCommitment commitment() {
        return commitment;
    }

    ActivationLog journal() {
        return journal;
    }

    ResourceService resources() {
        return resources;
    }

    Database database() {
        return database;
    }

    private PlanBook planBook() {
        PlanBook p = plans;
        if (p == null) {
            p = PlanBook.read(database);
            plans = p;
        }
        return p;
    }

    private List<ServingUnit> servingUnits() {
        List<ServingUnit> u = units;
        if (u == null) {
            u = UnitReader.read(database);
            units = u;
        }
        return u;
    }
}
