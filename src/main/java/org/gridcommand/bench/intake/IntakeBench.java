package org.gridcommand.bench.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridcommand.bench.BenchFolder;
import org.gridcommand.bench.intake.IntakeBenchKit;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.EventQueueFilter;
import org.gridcommand.service.event.EventQueuePage;
import org.gridcommand.service.intake.TicketImportOptions;
import org.gridcommand.service.intake.TicketImportReport;
import org.gridcommand.service.intake.TicketMappingFile;

/**
 * Measures what issue #4 promises for hotline intake: 100,000 tickets imported (located, classified, dispatched
 * by rule, persisted with history) at ≥ 5,000 tickets/s on the embedded database, compared in the same run with a
 * plain JDBC batch insert of the same rows (the floor; the ratio is below 1 and shows what the rules cost), and the
 * open-event queue's first page with those events in the database.
 */
public final class IntakeBench {
    private final int tickets;
    private final int history;
    private final PrintStream out;

    public IntakeBench(int tickets, PrintStream out) {
        this(tickets, 0, out);
    }

    /** @param history closed events added under the queue before it is measured (900,000 gives 1,000,000 events) */
    public IntakeBench(int tickets, int history, PrintStream out) {
        this.history = Math.max(0, history);
        this.tickets = Math.max(1000, tickets);
        this.out = out;
    }

    public int run() throws IOException {
        try (BenchFolder folder = new BenchFolder("gridcommand-intake-bench-")) {
            return measure(folder.path());
        }
    }

    private int measure(Path dir) throws IOException {
        Path csv = dir.resolve("hotline.csv");
        long floorMs;
        Path mapping;
        try (Backend floorDb = Backend.open(dir.resolve("floor").toString(), null, null, ConsoleClock.system())) {
            IntakeBenchKit kit = new IntakeBenchKit(floorDb.database(), floorDb.clock());
            mapping = kit.writeTickets(csv, tickets, 20261124L);
            kit.insertWithPlainJdbc(csv); // warm-up: class loading and JIT for both paths' CSV reading
            try (Backend fresh = Backend.open(dir.resolve("floor2").toString(), null, null, ConsoleClock.system())) {
                floorMs = new IntakeBenchKit(fresh.database(), fresh.clock()).insertWithPlainJdbc(csv);
            }
        }
        double floorPerS = tickets * 1000.0 / floorMs;
        out.printf("plain JDBC batch insert (floor): %,9d rows in %,6d ms = %,9.0f rows/s%n", tickets, floorMs,
                floorPerS);

        try (Backend backend = Backend.open(dir.resolve("city").toString(), null, null, ConsoleClock.system())) {
            long t0 = System.nanoTime();
            int micro = new IntakeBenchKit(backend.database(), backend.clock()).buildCity();
            out.printf("generated city: %,d micro-grids in %,d ms%n", micro, (System.nanoTime() - t0) / 1_000_000);

            TicketImportReport r = backend.systemTicketImports().importFile(csv, TicketMappingFile.read(mapping),
                    new TicketImportOptions(true, null));
            double perS = r.imported() * 1000.0 / Math.max(1, r.millis());
            out.printf("hotline import:                  %,9d tickets in %,6d ms = %,9.0f tickets/s (target ≥ 5,000)%n",
                    r.imported(), r.millis(), perS);
            out.printf("  %,d dispatched by rule, %,d in triage, %,d without coordinates, %,d outside every grid, "
                    + "%,d rejected%n", r.dispatched(), r.triage(), r.noCoordinates(), r.outsideGrids(),
                    r.rejected().size());
            out.printf("speedup vs JDBC batch:           %9.2f (below 1: the cost of locating, rules and history)%n",
                    perS / floorPerS);

            if (history > 0) {
                long h = new IntakeBenchKit(backend.database(), backend.clock()).addClosedHistory(history, 7);
                out.printf("history under the queue:         %,9d closed events added in %,d ms (%,d events in all)%n",
                        history, h, history + r.imported());
            }
            long[] page = new long[7];
            EventQueuePage first = null;
            for (int i = 0; i < page.length; i++) {
                long q0 = System.nanoTime();
                // a different page size each time, so that no result cache can answer instead of the query
                first = backend.events().queue(EventQueueFilter.OPEN, 0, 50 + i);
                page[i] = System.nanoTime() - q0;
            }
            Arrays.sort(page);
            double queueMs = page[page.length / 2] / 1e6;
            out.printf("open-event queue, first page:    %9.1f ms (median of %d, ~%d rows shown, page size varied)%n",
                    queueMs, page.length,
                    first.rows().size());

            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bench", "intake");
            json.put("tickets_per_s", Math.round(perS));
            json.put("speedup_vs_jdbc_batch", Math.round(perS / floorPerS * 100) / 100.0);
            json.put("queue_first_page_ms", Math.round(queueMs * 10) / 10.0);
            json.put("queue_events_in_db", history + r.imported());
            json.put("tickets", r.imported());
            json.put("jdbc_batch_rows_per_s", Math.round(floorPerS));
            json.put("micro_grids", micro);
            out.println(new ObjectMapper().writeValueAsString(json));
        }
        return 0;
    }
}
