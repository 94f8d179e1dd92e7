package org.gridcommand.bench.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gridcommand.bench.BenchFolder;
import org.gridcommand.bench.intake.IntakeBenchKit;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.EventQueueFilter;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.queue.QueueMark;
import org.gridcommand.service.intake.TicketImportOptions;
import org.gridcommand.service.intake.TicketMappingFile;
import org.gridcommand.service.sync.SharedChanges;

/**
 * {@code gridcommand bench sync}: two consoles on one shared database. Console B dispatches an event and the bench
 * times how long until console A's queue shows the new state, two ways in the same run: A told by the database as
 * B commits (LISTEN/NOTIFY, {@link SharedChanges}; what the console does on PostgreSQL) and, as the baseline, A
 * polling the way the queue panel does while the feed is down (a cheap change mark every {@value #POLL_MS} ms, the
 * page re-read only when the mark moved). Also the cost of one poll against re-reading the whole first page.
 */
public final class SyncBench {
    /** The queue panel's poll interval (ui.dispatch.DispatchFeature.POLL). */
    static final long POLL_MS = 1500;

    private final String db;
    private final int trials;
    private final PrintStream out;

    public SyncBench(String db, int trials, PrintStream out) {
        this.db = db;
        this.trials = Math.max(3, trials);
        this.out = out;
    }

    public int run() throws Exception {
        String user = System.getenv("GRIDCOMMAND_DB_USER");
        String password = System.getenv("GRIDCOMMAND_DB_PASSWORD");
        try (Backend a = Backend.open(db, user, password, ConsoleClock.system());
             Backend b = Backend.open(db, user, password, ConsoleClock.system())) {
            prepare(b);
            List<Long> announced = announced(a, b);
            List<Long> visible = new ArrayList<>();
            Random phase = new Random(7);
            for (int i = 0; i < trials; i++) {
                EventQueueRow target = firstRegistered(b);
                long lastPoll = System.nanoTime();
                QueueMark seen = a.eventDesk().watch().mark();
                Thread.sleep(phase.nextInt((int) POLL_MS)); // the dispatch lands anywhere in A's poll cycle
                DispatchProposal p = b.events().proposeDispatch(target.id());
                long t0 = System.nanoTime();
                b.systemEvents().dispatch(target.id(), target.version(), p.lead().id(), List.of(), "bench B",
                        "sync bench");
                // A keeps its own rhythm: its next look is one interval after its last one, not right after B acted
                long nextPoll = lastPoll + POLL_MS * 1_000_000;
                Thread.sleep(Math.max(0, (nextPoll - System.nanoTime()) / 1_000_000));
                while (true) {
                    QueueMark now = a.eventDesk().watch().mark();
                    if (!now.equals(seen) && stateIn(a, target.id()) == EventState.DISPATCHED) {
                        visible.add((System.nanoTime() - t0) / 1_000_000);
                        break;
                    }
                    nextPoll += POLL_MS * 1_000_000;
                    Thread.sleep(Math.max(0, (nextPoll - System.nanoTime()) / 1_000_000));
                    if ((System.nanoTime() - t0) / 1_000_000 > 30_000) {
                        throw new IllegalStateException("console A never saw event " + target.id() + " dispatched");
                    }
                }
            }
            double markMs = pollCost(() -> a.eventDesk().watch().mark());
            double pageMs = pollCost(() -> a.events().queue(EventQueueFilter.OPEN, 0, 500));
            long[] v = visible.stream().mapToLong(Long::longValue).sorted().toArray();
            long median = v[v.length / 2];
            long max = v[v.length - 1];
            long[] n = announced.stream().mapToLong(Long::longValue).sorted().toArray();
            long notifyMedian = n[n.length / 2];
            long notifyMax = n[n.length - 1];
            out.printf("visible on the other console, told by the database: median %,d ms, max %,d ms over %d "
                    + "dispatches (target median ≤ 300, max ≤ 1,000)%n", notifyMedian, notifyMax, n.length);
            out.printf("visible on the other console, polling (baseline): median %,d ms, max %,d ms over %d "
                    + "dispatches (poll every %,d ms)%n", median, max, v.length, POLL_MS);
            out.printf("one poll: change mark %.2f ms, naive first-page reload %.2f ms (%.1f× cheaper)%n", markMs,
                    pageMs, pageMs / markMs);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bench", "sync");
            json.put("announced_visible_after_ms", notifyMedian);
            json.put("announced_visible_after_max_ms", notifyMax);
            json.put("polled_visible_after_ms", median);
            json.put("polled_visible_after_max_ms", max);
            json.put("speedup_vs_polling", Math.round((double) median / Math.max(1, notifyMedian) * 10) / 10.0);
            json.put("poll_ms", Math.round(markMs * 100) / 100.0);
            json.put("speedup_vs_page_reload", Math.round(pageMs / markMs * 10) / 10.0);
            json.put("trials", v.length);
            json.put("database", a.describeDatabase());
            out.println(new ObjectMapper().writeValueAsString(json));
            return notifyMedian <= 300 && notifyMax <= 1000 ? 0 : 1;
        }
    }

    /**
     * B dispatches; A, told by the database that events changed, reads its queue page as the panel does. Times
     * from B pressing dispatch (its commit included) to A's page showing the dispatch. Empty on the embedded file (no
     * feed there).
     */
    private List<Long> announced(Backend a, Backend b) throws Exception {
        SharedChanges changes = a.sharedChanges();
        BlockingQueue<SharedChanges.Mode> modes = new LinkedBlockingQueue<>();
        changes.onMode(modes::add);
        if (changes.mode() != SharedChanges.Mode.LIVE
                && modes.poll(10, TimeUnit.SECONDS) != SharedChanges.Mode.LIVE) {
            throw new IllegalStateException("no change feed on " + a.describeDatabase()
                    + ": bench sync needs a shared PostgreSQL (--db jdbc:postgresql://…)");
        }
        BlockingQueue<SharedChanges.Topic> told = new LinkedBlockingQueue<>();
        changes.onChange(told::add);
        List<Long> visible = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            EventQueueRow target = firstRegistered(b);
            DispatchProposal p = b.events().proposeDispatch(target.id());
            told.clear();
            long t0 = System.nanoTime();
            b.systemEvents().dispatch(target.id(), target.version(), p.lead().id(), List.of(), "bench B",
                    "sync bench");
            while (true) {
                if (told.poll(10, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("console A was never told of event " + target.id());
                }
                if (stateIn(a, target.id()) == EventState.DISPATCHED) {
                    visible.add((System.nanoTime() - t0) / 1_000_000);
                    break;
                }
            }
        }
        return visible;
    }

    /** A city and registered events to dispatch, unless the database has enough already. */
    private void prepare(Backend b) throws Exception {
        if (firstRegisteredOrNull(b) != null && b.city().tableCounts().get("area") > 0) {
            return;
        }
        if (b.city().tableCounts().get("area") == 0) {
            new IntakeBenchKit(b.database(), b.clock()).buildCity();
        }
        try (BenchFolder dir = new BenchFolder("gridcommand-sync-")) {
            Path mapping = new IntakeBenchKit(b.database(), b.clock()).writeTickets(dir.resolve("tickets.csv"),
                    Math.max(200, trials * 4), 3);
            b.systemTicketImports().importFile(dir.resolve("tickets.csv"), TicketMappingFile.read(mapping),
                    new TicketImportOptions(false, null));
        }
        if (firstRegisteredOrNull(b) == null) {
            throw new IllegalStateException("no registered event to dispatch in " + b.describeDatabase());
        }
    }

    private EventQueueRow firstRegistered(Backend b) {
        EventQueueRow row = firstRegisteredOrNull(b);
        if (row == null) {
            throw new IllegalStateException("ran out of registered events to dispatch");
        }
        return row;
    }

    private static EventQueueRow firstRegisteredOrNull(Backend b) {
        return b.events().queue(EventQueueFilter.OPEN, 0, 500).rows().stream()
                .filter(r -> r.state() == EventState.REGISTERED).findFirst().orElse(null);
    }

    private static EventState stateIn(Backend a, long id) {
        return a.events().queue(EventQueueFilter.OPEN, 0, 500).rows().stream().filter(r -> r.id() == id)
                .map(EventQueueRow::state).findFirst().orElse(null);
    }

    private static double pollCost(Runnable poll) {
        long[] t = new long[21];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            poll.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t[t.length / 2] / 1e6;
    }
}
