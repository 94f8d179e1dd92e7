package org.gridcommand.service.emergency;

import java.util.Comparator;
import java.util.List;
import org.gridcommand.domain.emergency.ActionLine;
import org.gridcommand.domain.emergency.NeedLine;
import org.gridcommand.domain.emergency.TriggerCondition;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.store.Database;

/**
 * The plan library (预案库): current plans by type, their levels, and editing. An edit never changes a plan in
 * place: it writes a new revision with the same code and supersedes the old one, so every activation keeps the
 * revision it was started with.
 */
public final class PlanLibrary {
    private final Database database;
    private final ActivationService activations;

    public PlanLibrary(Database database, ActivationService activations) {
        this.database = database;
        this.activations = activations;
    }

    /** What one level of a plan says, as edited. */
    public record LevelText(ResponseLevel level, String trigger, String actions, String needs) {
        static LevelText of(PlanLevel l) {
            return new LevelText(l.getLevel(), l.getTrigger(), l.getActions(), l.getNeeds());
        }
    }

    /** The current revision of every plan, by type then code. */
    public List<Plan> currentPlans() {
        return database.transact(s -> s.createSelectionQuery("from Plan where current = true", Plan.class)
                .getResultList()).stream()
                .sorted(Comparator.comparing(Plan::getType).thenComparing(Plan::getCode)).toList();
    }

    /** Every revision of the plan {@code code}, newest first. */
    public List<Plan> revisions(String code) {
        return database.transact(s -> s.createSelectionQuery("from Plan where code = :c order by revision desc",
                Plan.class).setParameter("c", code).getResultList());
    }

    /** The levels of one plan revision, I first. */
    public List<LevelText> levels(long planId) {
        return database.transact(s -> s.createSelectionQuery("from PlanLevel where planId = :p", PlanLevel.class)
                .setParameter("p", planId).getResultList()).stream()
                .sorted(Comparator.comparing(PlanLevel::getLevel)).map(LevelText::of).toList();
    }

    /**
     * Saves an edit of plan revision {@code planId} as a new revision: same code, revision + 1, these levels; the
     * edited revision stops being current. Proposals and triggers use the new revision from now on.
     *
     * @return the new revision
     * @throws org.gridcommand.domain.emergency.PlanFormatException when a trigger, action or need line does not
     *                                                              parse (nothing is saved)
     * @throws IllegalStateException when {@code planId} is no longer current (someone saved another edit first)
     */
    public Plan revise(long planId, String name, String summary, List<LevelText> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one level");
        }
        for (LevelText l : levels) {
            TriggerCondition.parseAll(l.trigger());
            ActionLine.parseAll(l.actions());
            NeedLine.parseAll(l.needs());
        }
        Plan saved = database.transact(s -> {
            Plan old = s.find(Plan.class, planId);
            if (old == null) {
                throw new IllegalArgumentException("no plan with id " + planId);
            }
            if (!old.isCurrent()) {
                throw new IllegalStateException("plan " + old.getCode() + " r" + old.getRevision()
                        + " has been revised meanwhile; open the current revision and edit that");
            }
            old.supersede();
            Plan next = new Plan(database.ids().next(), old.getCode(), old.getRevision() + 1,
                    name == null || name.isBlank() ? old.getName() : name.strip(),
                    old.getType(), summary == null ? old.getSummary() : summary.strip());
            s.persist(next);
            for (LevelText l : levels) {
                s.persist(new PlanLevel(database.ids().next(), next.getId(), l.level(), blankToNull(l.trigger()),
                        blankToNull(l.actions()), blankToNull(l.needs())));
            }
            s.flush();
            return next;
        });
        activations.refresh();
        return saved;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
