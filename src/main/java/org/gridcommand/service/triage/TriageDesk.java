package org.gridcommand.service.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.domain.triage.TriageSignal;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.service.event.queue.EventAttachments;
import org.gridcommand.service.triage.TriageOutcome.Done;
import org.gridcommand.service.triage.TriageOutcome.Refused;
import org.gridcommand.service.triage.TriageOutcome.Step;
import org.gridcommand.store.Database;
import org.gridcommand.store.triage.CategoryMemoryStore;
import org.gridcommand.store.triage.ReportAcknowledgementStore;
import org.gridcommand.store.triage.TaxonomyStore;
import org.gridcommand.store.triage.WaitingReportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The triage desk (待立案): the duty officer's work on reports that arrived without a 事项 or wait to be
 * registered. Every change to an event goes through {@link EventService} (立案, 派遣, 合并, 作废), which checks the
 * state and the version the officer saw and writes the history; this class adds what only the desk needs: the
 * waiting list, the category search, remembering a hotline's own category, and acknowledging 特急 alarms.
 * Reports acted on together are each changed on their own: one changed meanwhile elsewhere is refused and named,
 * the others go through. Blocking: call it off the FX thread.
 */
public final class TriageDesk {
    private static final Logger LOG = LoggerFactory.getLogger(TriageDesk.class);
    /** Reports read at once: more than a night shift can look at. */
    public static final int LIST_SIZE = 500;

    private final Clock clock;
    private final EventService events;
    private final WaitingReportStore waiting;
    private final ReportAcknowledgementStore acknowledgements;
    private final CategoryMemoryStore memory;
    private final TaxonomyStore taxonomy;
    private final EventAttachments attachments;

    public TriageDesk(Database db, Clock clock, EventService events) {
        this.clock = clock;
        this.events = events;
        this.waiting = new WaitingReportStore(db);
        this.acknowledgements = new ReportAcknowledgementStore(db);
        this.memory = new CategoryMemoryStore(db);
        this.taxonomy = new TaxonomyStore(db);
        this.attachments = new EventAttachments(db, clock);
    }

    /** The reports waiting for registration: 特急 first, then 紧急, then the rest, oldest first within each. */
    public List<WaitingReport> waiting() {
        return waiting.waiting(LIST_SIZE);
    }

    /** Cheap: how many wait, whether that changed, and which 特急 ones still alarm. For a poll every second or two. */
    public TriageSignal signal() {
        return waiting.signal();
    }

    /** The taxonomy's 事项, searchable by code, name and pinyin. */
    public CategoryFinder categories() {
        return CategoryFinder.of(taxonomy.all());
    }

    /** Possible duplicates (open ones only: only those can take a merge) and attachments of a waiting report. */
    public ReportDetail detail(long eventId) {
        List<DuplicateCandidate> open = events.duplicatesOf(eventId).stream().filter(d -> d.state().isOpen())
                .toList();
        return new ReportDetail(eventId, open, attachments.of(eventId));
    }

    /** The bytes of one attachment (a photo to show). */
    public byte[] attachment(long attachmentId) {
        return attachments.content(attachmentId);
    }

    /** Who would handle {@code report} once registered as {@code categoryCode}. Changes nothing. */
    public DispatchProposal proposal(long eventId, String categoryCode) {
        item(categoryCode);
        return events.proposeDispatch(eventId, categoryCode);
    }

    /**
     * 立案 of each report as 事项 {@code categoryCode}; with {@code remember}, the 事项 is also remembered for the
     * reports' own categories (per channel), so the next import of such tickets maps them.
     *
     * @throws TriageRefusal when no report is given or the code is not a 事项; nothing was changed
     */
    public TriageOutcome register(List<WaitingReport> reports, String categoryCode, boolean remember, String actor) {
        requireReports(reports);
        item(categoryCode);
        List<Done> done = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        List<WaitingReport> registered = new ArrayList<>();
        for (WaitingReport r : reports) {
            try {
                events.register(r.id(), r.version(), categoryCode, actor, null);
                done.add(new Done(r.id(), r.number(), Step.REGISTERED, null));
                registered.add(r);
            } catch (RuntimeException e) {
                refused.add(new Refused(r.id(), r.number(), null, e));
            }
        }
        boolean remembered = remember && remember(registered, categoryCode, actor);
        return new TriageOutcome(done, refused, remembered);
    }

    /**
     * 立案 as {@code categoryCode}, then 派遣 to the lead unit and co-handlers of {@code seen} (the proposal the
     * officer saw for that 事项). Should the dispatch be refused, the report stays registered and the outcome says
     * so: it is then in the queue, ready to be dispatched there.
     *
     * @throws TriageRefusal when the code is not a 事项 or the proposal names no unit; nothing was changed
     */
    public TriageOutcome registerAndDispatch(WaitingReport report, String categoryCode, DispatchProposal seen,
                                             boolean remember, String actor) {
        requireReports(report == null ? List.of() : List.of(report));
        item(categoryCode);
        if (seen == null || seen.isEmpty()) {
            throw new TriageRefusal(TriageRefusal.Reason.NO_UNIT, report.number());
        }
        Event registered;
        try {
            registered = events.register(report.id(), report.version(), categoryCode, actor, null);
        } catch (RuntimeException e) {
            return new TriageOutcome(List.of(), List.of(new Refused(report.id(), report.number(), null, e)), false);
        }
        boolean remembered = remember && remember(List.of(report), categoryCode, actor);
        try {
            events.dispatch(report.id(), registered.getVersion(), seen.lead().id(),
                    seen.coHandlers().stream().map(UnitRef::id).toList(), actor, null);
        } catch (RuntimeException e) {
            return new TriageOutcome(List.of(new Done(report.id(), report.number(), Step.REGISTERED, null)),
                    List.of(new Refused(report.id(), report.number(), Step.REGISTERED, e)), remembered);
        }
        return new TriageOutcome(List.of(new Done(report.id(), report.number(), Step.DISPATCHED, seen.lead().name())),
                List.of(), remembered);
    }

    /** 合并: {@code report} is taken into {@code into} (a proposed duplicate) and leaves the desk. */
    public TriageOutcome merge(WaitingReport report, DuplicateCandidate into, String reason, String actor) {
        requireReports(report == null ? List.of() : List.of(report));
        requireReason(reason);
        try {
            events.merge(report.id(), report.version(), into.eventId(), actor, reason.strip());
            return new TriageOutcome(List.of(new Done(report.id(), report.number(), Step.MERGED, null)), List.of(),
                    false);
        } catch (RuntimeException e) {
            return new TriageOutcome(List.of(), List.of(new Refused(report.id(), report.number(), null, e)), false);
        }
    }

    /** 作废 of each report, with the one reason. */
    public TriageOutcome cancel(List<WaitingReport> reports, String reason, String actor) {
        requireReports(reports);
        requireReason(reason);
        List<Done> done = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (WaitingReport r : reports) {
            try {
                events.cancel(r.id(), r.version(), actor, reason.strip());
                done.add(new Done(r.id(), r.number(), Step.CANCELLED, null));
            } catch (RuntimeException e) {
                refused.add(new Refused(r.id(), r.number(), null, e));
            }
        }
        return new TriageOutcome(done, refused, false);
    }

    /**
     * The officer at the desk has seen the alarm of these 特急 reports: it stops on every console. The first
     * acknowledgement of a report stands; returns the reports this call acknowledged.
     */
    public List<Long> acknowledge(List<Long> eventIds, String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 60) {
            throw new IllegalArgumentException("actor must be 1 to 60 characters");
        }
        return acknowledgements.acknowledge(eventIds, actor, clock.instant());
    }

    /**
     * Remembers {@code code} for each distinct own category of {@code reports}; true when there was one and it was
     * stored. The registrations stand either way: a mapping that could not be stored is only reported (false).
     */
    private boolean remember(List<WaitingReport> reports, String code, String actor) {
        Set<String> seen = new LinkedHashSet<>();
        try {
            for (WaitingReport r : reports) {
                if (r.externalCategory() != null && !r.externalCategory().isBlank()
                        && seen.add(r.channel() + "\n" + r.externalCategory())) {
                    memory.remember(r.channel(), r.externalCategory(), code, actor, clock.instant());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Registered, but the mapping to {} could not be remembered: {}", code, e.toString());
            return false;
        }
        return !seen.isEmpty();
    }

    private Category item(String code) {
        Category c = code == null || code.isBlank() ? null : taxonomy.byCode(code);
        if (c == null || c.getTier() != CategoryTier.ITEM) {
            throw new TriageRefusal(TriageRefusal.Reason.NOT_AN_ITEM, code);
        }
        return c;
    }

    private static void requireReports(List<WaitingReport> reports) {
        if (reports == null || reports.isEmpty()) {
            throw new TriageRefusal(TriageRefusal.Reason.NO_REPORT, null);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new TriageRefusal(TriageRefusal.Reason.NO_REASON, null);
        }
    }
}
