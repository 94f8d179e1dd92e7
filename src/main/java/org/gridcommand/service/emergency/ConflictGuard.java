package org.gridcommand.service.emergency;

import java.util.function.Supplier;
import org.gridcommand.service.emergency.CommitConflict.Why;
import org.gridcommand.service.resources.ResourceService;

/**
 * Runs a commit or a level change so that losing a race to another console becomes a {@link CommitConflict}
 * with a fresh proposal, never a bare database error.
 */
final class ConflictGuard {
    private final ResourceService resources;

    ConflictGuard(ResourceService resources) {
        this.resources = resources;
    }

    /** The plan row proposed from is no longer the current revision. */
    static final class PlanRevised extends RuntimeException {
        PlanRevised() {
            super(null, null, false, false);
        }
    }

    /** Runs {@code work}; a concurrent change becomes a CommitConflict carrying {@code repropose}'s proposal. */
    <T> T run(Supplier<T> work, Supplier<Proposal> repropose) {
        try {
            return work.get();
        } catch (CommitConflict | PlanRevised e) {
            throw e;
        } catch (RuntimeException e) {
            String why = ConflictCause.explain(e);
            if (why == null) {
                throw e;
            }
            resources.refresh();
            throw new CommitConflict(Why.RESOURCES_TAKEN, "未能提交：" + why + "。未做任何更改，已按最新资源重新生成方案。",
                    quietly(repropose), e);
        }
    }

    /** A fresh proposal of the same kind (a drill stays a drill). */
    static Proposal sameKind(Proposal old, Proposal fresh) {
        return old.drill() ? fresh.asDrill() : fresh;
    }

    /** The proposal, or null when none can be made now: the conflict is reported either way. */
    static Proposal quietly(Supplier<Proposal> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
