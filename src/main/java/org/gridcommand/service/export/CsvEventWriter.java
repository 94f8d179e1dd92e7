package org.gridcommand.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A spreadsheet of events, one row each; UTF-8 with a BOM so that Excel opens the Chinese correctly. */
final class CsvEventWriter implements EventWriter {
    static final String[] HEADER = {"id", "number", "title", "description", "channel", "external_id", "state",
        "urgency", "category_code", "category_name", "lead_unit", "grid_code", "placement", "address", "lon", "lat",
        "reported_at", "handling_due_at", "closed_at", "updated_at"};

    private final Writer out;
    private CSVPrinter csv;

    CsvEventWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin() throws IOException {
        out.write('\uFEFF');
        csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        csv.printRecord(e.id(), e.number(), e.title(), e.description(), e.channel(), e.externalId(), e.state(),
                e.urgency(), e.categoryCode(), e.categoryName(), e.leadUnit(), e.gridCode(), e.placement(),
                e.address(), e.lon(), e.lat(), iso(e.reportedAt()), iso(e.handlingDueAt()), iso(e.closedAt()),
                iso(e.updatedAt()));
    }

    @Override
    public void end() throws IOException {
        csv.flush();
    }

    private static String iso(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}
